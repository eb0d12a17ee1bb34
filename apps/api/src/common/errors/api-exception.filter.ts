import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import type { Response } from 'express';

import type { ApiErrorBody } from 'src/common/errors/api-error-body';
import { isDatabaseUnavailable, sqlStateOf } from 'src/common/errors/database-errors';
import { type FieldProblem, fieldErrors } from 'src/common/errors/field-errors';
import { CONSTRAINT_PROBLEMS, foreignKeyProblem } from 'src/database/constraints';

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

function body(
  statusCode: number,
  message: string,
  extra: Partial<ApiErrorBody> = {},
): ApiErrorBody {
  return { statusCode, error: REASONS[statusCode] ?? 'Error', message, ...extra };
}

/** A 400 naming fields, the same body the validation gives. */
function problemBody(problems: FieldProblem[]): ApiErrorBody {
  const response = fieldErrors(problems).getResponse() as Pick<ApiErrorBody, 'message' | 'fields'>;
  return body(400, response.message, { fields: response.fields });
}

/** The column a constraint error names, in the API's camelCase. */
function columnOf(err: unknown): string | null {
  const driver = (err as { driverError?: { column?: unknown } } | null)?.driverError;
  const column = typeof driver?.column === 'string' ? driver.column : null;
  return column ? column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()) : null;
}

/** Errors from the JSON body parser carry a status and a type. */
function bodyParserError(err: unknown): ApiErrorBody | null {
  if (!err || typeof err !== 'object' || !('type' in err)) return null;
  const type = (err as { type?: unknown }).type;
  if (type === 'entity.too.large') return body(413, 'The request body is too large.');
  if (type === 'entity.parse.failed') return body(400, 'The request body is not valid JSON.');
  if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
    return body(415, 'The request body must be UTF-8 JSON.');
  }
  return null;
}

/** The seconds an error says to wait (a lockout knows when it lifts), if it says. */
function retryAfterOf(err: unknown): number | null {
  const seconds = (err as { retryAfterSeconds?: unknown } | null)?.retryAfterSeconds;
  return typeof seconds === 'number' && seconds > 0 ? Math.ceil(seconds) : null;
}

/**
 * Turns every error into an ApiErrorBody: client mistakes into 4xx naming the field, an unreachable
 * database into 503 with Retry-After, and anything unexpected into a 500 without internals.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(err: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const payload = this.toBody(err);
    if (payload.statusCode === 503) res.setHeader('Retry-After', '5');
    if (payload.statusCode === 429) res.setHeader('Retry-After', String(retryAfterOf(err) ?? 60));
    if (payload.statusCode >= 500 && payload.statusCode !== 503) {
      this.logger.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
    }
    if (res.headersSent) return;
    res.status(payload.statusCode).json(payload);
  }

  private toBody(err: unknown): ApiErrorBody {
    if (err instanceof HttpException) {
      const status = err.getStatus();
      const response = err.getResponse();
      if (typeof response === 'object' && response !== null && 'message' in response) {
        const r = response as Partial<ApiErrorBody> & { message: unknown };
        const message = Array.isArray(r.message) ? r.message.join('; ') : String(r.message);
        return body(status, message, {
          ...(r.fields ? { fields: r.fields } : {}),
          ...(r.current !== undefined ? { current: r.current } : {}),
        });
      }
      return body(status, typeof response === 'string' ? response : err.message);
    }
    const parsed = bodyParserError(err);
    if (parsed) return parsed;
    if (isDatabaseUnavailable(err)) {
      return body(503, 'The database is unavailable. Try again in a few seconds.');
    }
    const column = columnOf(err);
    const driver = (err as { driverError?: { constraint?: string; detail?: string } }).driverError;
    const named = driver?.constraint ? CONSTRAINT_PROBLEMS[driver.constraint] : undefined;
    switch (sqlStateOf(err)) {
      // Input that slipped past validation still gets a 400 naming what it can, never a 500.
      case '23502':
        return body(
          400,
          `${column ?? 'a required field'}: must not be empty`,
          column ? { fields: [{ field: column, problems: ['must not be empty'] }] } : {},
        );
      case '23503': {
        const problem = foreignKeyProblem(driver?.detail);
        return problem
          ? problemBody([problem])
          : body(400, 'The request refers to a record that does not exist.');
      }
      case '23505':
        return named ? problemBody([named]) : body(400, 'A record with this value already exists.');
      case '23514':
        return named ? problemBody([named]) : body(400, 'A value is out of the allowed range.');
      case '22001':
      case '22003':
      case '22007':
      case '22008':
      case '22P02':
      case '22021':
        return body(400, 'A value has the wrong form or is out of range.');
      case '42501':
        // The audit trail refused the write: fail closed rather than act unaudited.
        return body(503, 'The action was refused because the audit trail could not be written.');
      case '40001':
      case '40P01':
        return body(HttpStatus.CONFLICT, 'Another change was made at the same time. Try again.');
      case '57014':
        return body(503, 'The database took too long to answer. Try again.');
      case '55P03':
        return body(503, 'The records are locked by other work on the database. Try again.');
      default:
        return body(500, 'Something went wrong on the server. The error has been logged.');
    }
  }
}
