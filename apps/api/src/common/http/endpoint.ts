import type { Permission } from '@khsae/domain';
import {
  applyDecorators,
  Controller,
  Delete,
  Get,
  HttpCode,
  Patch,
  Post,
  Put,
  type Type,
} from '@nestjs/common';
import {
  ApiCookieAuth,
  ApiExtraModels,
  ApiOperation,
  ApiResponse,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';

import {
  Public,
  RequirePermission,
  SessionProbe,
  SignedIn,
} from 'src/common/access/access.decorators';
import { ErrorBodyDto, ValidationErrorBodyDto } from 'src/common/http/error-body.dto';

/** Who may call an endpoint: a permission, any signed-in user, or anyone. */
export type Access = Permission | 'signed-in' | 'public';

export type EndpointOptions = {
  summary: string;
  description?: string;
  access: Access;
  /** The success body: a class, or `[Class]` for a list. Left out: 204 No Content. */
  response?: Type<unknown> | [Type<unknown>];
  /** 201 for creates; otherwise 200 with a body, 204 without. */
  created?: boolean;
  /** A stale `version` answers 409 with the current record: the response's type, or the class given. */
  conflict?: boolean | Type<unknown>;
  /** Whether an unknown or hidden record answers 404 (default: when the path has a parameter). */
  notFound?: boolean;
  /** The endpoint has a limit of its own (sign-in); every endpoint answers 429 past the general limit. */
  rateLimited?: boolean;
  /** The web app's "who is signed in?" probe: its 401 is not audited as a denial. */
  sessionProbe?: boolean;
  /** Statuses beyond those the other options imply, such as a public sign-in's 401. */
  errors?: number[];
  /** The body of a 503, when it is not the error body (the health check reports itself). */
  unavailable?: Type<unknown>;
};

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
const ROUTE = { GET: Get, POST: Post, PUT: Put, PATCH: Patch, DELETE: Delete } as const;

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'The input is not valid; `fields` names each field and its problems',
  401: 'Not signed in, or the session has ended',
  403: 'The role may not do this, or a cross-site write was refused',
  404: 'No such record, or none the caller may see (the same answer for both)',
  409: 'The version sent is stale: someone else changed the record; `current` carries it',
  413: 'The request body is too large',
  415: 'The request body is not JSON',
  429: 'Too many requests or attempts; wait for Retry-After seconds',
  503: 'The database or the audit trail is unavailable; retry after Retry-After seconds',
};

function errorResponse(
  status: number,
  o: EndpointOptions,
  current?: Type<unknown>,
): MethodDecorator {
  const description = ERROR_DESCRIPTIONS[status] ?? 'Error';
  if (status === 503 && o.unavailable)
    return ApiResponse({ status, description, type: o.unavailable });
  if (status === 400) return ApiResponse({ status, description, type: ValidationErrorBodyDto });
  if (status === 409 && current) {
    return ApiResponse({
      status,
      description,
      schema: {
        allOf: [
          { $ref: getSchemaPath(ErrorBodyDto) },
          {
            type: 'object',
            properties: { current: { nullable: true, allOf: [{ $ref: getSchemaPath(current) }] } },
          },
        ],
      },
    });
  }
  return ApiResponse({ status, description, type: ErrorBodyDto });
}

function access(access: Access, sessionProbe: boolean | undefined): MethodDecorator[] {
  const probe = sessionProbe ? [SessionProbe()] : [];
  if (access === 'public') return [Public(), ...probe];
  if (access === 'signed-in') return [SignedIn(), ...probe];
  return [RequirePermission(access), ...probe];
}

/** Every status the endpoint can answer, from what it is: its method, path and options. */
function errorStatuses(method: Method, path: string, o: EndpointOptions): number[] {
  const hasBody = method === 'POST' || method === 'PUT' || method === 'PATCH';
  // Every endpoint is under the general rate limit.
  const statuses = [400, 429, 503];
  if (o.access !== 'public') statuses.push(401, 403);
  else if (method !== 'GET') statuses.push(403);
  if (o.notFound ?? path.includes(':')) statuses.push(404);
  if (o.conflict) statuses.push(409);
  if (hasBody) statuses.push(413, 415);
  return [...new Set([...statuses, ...(o.errors ?? [])])].sort((a, b) => a - b);
}

function endpoint(method: Method, path: string, o: EndpointOptions): MethodDecorator {
  const single = Array.isArray(o.response) ? o.response[0] : o.response;
  const status = !o.response ? 204 : o.created ? 201 : 200;
  return applyDecorators(
    ROUTE[method](path),
    HttpCode(status),
    ...access(o.access, o.sessionProbe),
    ApiOperation({ summary: o.summary, description: o.description }),
    o.response
      ? ApiResponse({ status, description: o.summary, type: o.response })
      : ApiResponse({ status, description: 'Done; no content' }),
    ...errorStatuses(method, path, o).map((s) =>
      errorResponse(s, o, typeof o.conflict === 'function' ? o.conflict : single),
    ),
  );
}

/**
 * One decorator per handler: route, access, OpenAPI operation, success body and every error it can
 * answer, in the same words everywhere. `@Endpoint.get(':id', { … })`.
 */
export const Endpoint = {
  get: (path: string, o: EndpointOptions) => endpoint('GET', path, o),
  post: (path: string, o: EndpointOptions) => endpoint('POST', path, o),
  put: (path: string, o: EndpointOptions) => endpoint('PUT', path, o),
  patch: (path: string, o: EndpointOptions) => endpoint('PATCH', path, o),
  delete: (path: string, o: EndpointOptions) => endpoint('DELETE', path, o),
};

/** A controller under /api/<path>, tagged for the OpenAPI document, signed in by the session cookie. */
export const ApiController = (path: string, tag = path) =>
  applyDecorators(
    Controller(path),
    ApiTags(tag),
    ApiCookieAuth(),
    ApiExtraModels(ErrorBodyDto, ValidationErrorBodyDto),
  );
