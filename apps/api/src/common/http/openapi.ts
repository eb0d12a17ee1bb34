import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

import { SESSION_COOKIE } from 'src/common/access/session-cookie';

/** Every API path starts with /api; the web app has the rest of the origin. */
export const API_PREFIX = 'api';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * OpenAPI 3.0's `nullable` as OpenAPI 3.1 (JSON Schema 2020-12) says it, so that a strict validator
 * and the client generator both read `null` where the API sends it: `type: [T, 'null']`, and for a
 * reference (which in 3.0 ignores siblings such as `nullable`) `anyOf: [{ $ref }, { type: 'null' }]`.
 */
function nullableAs31(schema: Json): Json {
  const { nullable, ...rest } = schema;
  if (nullable !== true) return rest;
  const isReference = '$ref' in rest || 'allOf' in rest || 'oneOf' in rest || 'anyOf' in rest;
  if (!isReference && typeof rest['type'] === 'string') {
    const enumValues: unknown = rest['enum'];
    return {
      ...rest,
      type: [rest['type'], 'null'],
      ...(Array.isArray(enumValues) ? { enum: [...(enumValues as unknown[]), null] } : {}),
    };
  }
  const { description, type: _type, ...inner } = rest;
  const allOf: unknown = inner['allOf'];
  const one: unknown = Array.isArray(allOf) && allOf.length === 1 ? (allOf[0] as unknown) : inner;
  return { ...(description ? { description } : {}), anyOf: [one, { type: 'null' }] };
}

function convert(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(convert);
  if (!isObject(value)) return value;
  const converted: Json = {};
  for (const [key, inner] of Object.entries(value)) converted[key] = convert(inner);
  return 'nullable' in converted ? nullableAs31(converted) : converted;
}

/** What a query string can carry: no null, and lists comma-separated (`kinds=broker,victim`). */
function withoutNull(schema: Json): Json {
  const type = schema['type'];
  if (Array.isArray(type)) {
    const rest = type.filter((t) => t !== 'null');
    const enumValues: unknown = schema['enum'];
    return {
      ...schema,
      type: rest.length === 1 ? rest[0] : rest,
      ...(Array.isArray(enumValues) ? { enum: enumValues.filter((v) => v !== null) } : {}),
    };
  }
  const anyOf: unknown = schema['anyOf'];
  if (Array.isArray(anyOf)) {
    const rest = (anyOf as Json[]).filter((s) => s['type'] !== 'null');
    if (rest.length === 1) {
      const { anyOf: _anyOf, ...others } = schema;
      return { ...others, ...rest[0] };
    }
  }
  return schema;
}

function queryParameters(document: OpenAPIObject): void {
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item as Json)) {
      const parameters = isObject(operation) ? operation['parameters'] : undefined;
      if (!Array.isArray(parameters)) continue;
      for (const parameter of parameters as Json[]) {
        if (parameter['in'] !== 'query' || !isObject(parameter['schema'])) continue;
        const schema = withoutNull(parameter['schema']);
        parameter['schema'] = schema;
        if (schema['type'] === 'array') Object.assign(parameter, { style: 'form', explode: false });
      }
    }
  }
}

/** The API's contract: built from the controllers and DTOs, in OpenAPI 3.1. */
export function buildOpenApiDocument(app: INestApplication, version: string): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Khsae API')
      .setDescription(
        'Case management and link analysis for recruitment-broker and trafficking investigations.',
      )
      .setVersion(version)
      .addCookieAuth(SESSION_COOKIE)
      .build(),
    { operationIdFactory: (_controller, method) => method },
  );
  const contract = { ...(convert(document) as OpenAPIObject), openapi: '3.1.0' };
  queryParameters(contract);
  return contract;
}
