import type { OpenAPIObject } from '@nestjs/swagger';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { Response } from 'supertest';

// ajv-formats is CommonJS: under native ES modules its function is the default export's default.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as (ajv: Ajv2020) => Ajv2020;

type Operation = { method: string; template: string; pattern: RegExp };

const pointer = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * The OpenAPI document as a test oracle: every response the API tests receive is checked against the
 * operation it answers (its status must be listed, its body must match the schema), so the document
 * cannot drift from the behaviour.
 */
export class ContractValidator {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true });
  private readonly operations: Operation[];
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(private readonly document: OpenAPIObject) {
    addFormats(this.ajv);
    this.ajv.addSchema(document as object, 'api');
    this.operations = Object.entries(document.paths).flatMap(([template, item]) =>
      Object.keys(item as object).map((method) => ({
        method,
        template,
        pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
      })),
    );
  }

  /** What is wrong with a response, or null when it keeps the contract. */
  problem(method: string, url: string, res: Response): string | null {
    const path = new URL(url, 'http://x').pathname;
    if (!path.startsWith('/api/') || path.startsWith('/api/docs')) return null;
    // Literal paths before templated ones: /api/graph/views before /api/graph/{…}.
    const candidates = this.operations.filter((o) => o.method === method && o.pattern.test(path));
    const operation =
      candidates.find((o) => !o.template.includes('{')) ??
      candidates.sort((a, b) => b.template.length - a.template.length)[0];
    // Unknown routes answer Nest's 404; only documented operations have a contract.
    if (!operation) return null;
    const where = `${method.toUpperCase()} ${operation.template} answered ${res.status}`;
    const responses = (this.document.paths[operation.template] as Record<string, unknown>)[
      method
    ] as { responses: Record<string, { content?: Record<string, unknown> }> };
    const documented = responses.responses[String(res.status)];
    if (!documented) return `${where}, a status its OpenAPI operation does not list`;
    const json = documented.content?.['application/json'];
    if (!json) {
      return res.text ? `${where} with a body its OpenAPI operation does not describe` : null;
    }
    const validate = this.validator(operation, res.status);
    if (validate(res.body)) return null;
    return `${where} with a body that does not match its schema: ${this.ajv.errorsText(validate.errors, { dataVar: 'body' })}`;
  }

  private validator(operation: Operation, status: number): ValidateFunction {
    const key = `${operation.method} ${operation.template} ${status}`;
    let validate = this.compiled.get(key);
    if (!validate) {
      const ref = `api#/paths/${pointer(operation.template)}/${operation.method}/responses/${status}/content/application~1json/schema`;
      validate = this.ajv.compile({ $ref: ref });
      this.compiled.set(key, validate);
    }
    return validate;
  }
}
