import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';

import { GAZETTEER_MAX_CHARS, GRAPH_VIEW_CANVAS_MAX_BYTES } from '@khsae/domain';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';

import { ApiExceptionFilter } from 'src/common/errors/api-exception.filter';
import { API_PREFIX, buildOpenApiDocument } from 'src/common/http/openapi';
import { rateLimit } from 'src/common/http/rate-limit';
import { RateLimitsRepository } from 'src/common/http/rate-limits.repository';
import { serveWebApp } from 'src/common/http/web-assets';
import { duplicateKey } from 'src/common/validation/duplicate-keys';
import { inputGuard } from 'src/common/validation/input-guard.middleware';
import { createValidationPipe } from 'src/common/validation/validation';
import type { AppConfig } from 'src/config/app-config';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function sendError(
  res: Response,
  statusCode: number,
  error: string,
  message: string,
  fields?: { field: string; problems: string[] }[],
): void {
  res.status(statusCode).json({ statusCode, error, message, ...(fields ? { fields } : {}) });
}

function requestId(req: Request, res: Response, next: NextFunction): void {
  const given = req.get('x-request-id');
  req.requestId = given && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', req.requestId);
  next();
}

/** Cookie sessions need CSRF defence: refuse cross-site writes and non-JSON bodies. */
function sameOriginWrites(req: Request, res: Response, next: NextFunction): void {
  if (!UNSAFE_METHODS.has(req.method)) return next();
  const origin = req.get('origin');
  if (origin) {
    let host: string | null;
    try {
      host = new URL(origin).host;
    } catch {
      host = null;
    }
    if (host !== req.get('host'))
      return sendError(res, 403, 'Forbidden', 'Cross-site requests are not allowed.');
  } else if (req.get('sec-fetch-site') === 'cross-site') {
    return sendError(res, 403, 'Forbidden', 'Cross-site requests are not allowed.');
  }
  const hasBody =
    Number(req.get('content-length') ?? 0) > 0 || req.get('transfer-encoding') !== undefined;
  if (hasBody && !req.is('application/json')) {
    return sendError(
      res,
      415,
      'Unsupported Media Type',
      'Send the request body as application/json.',
    );
  }
  next();
}

/** A body naming one key twice: JSON.parse would keep the last value without a word. */
class DuplicateKeyError extends Error {
  readonly type = 'entity.duplicate.key';
  constructor(readonly field: string) {
    super(`${field}: is given more than once`);
  }
}

/** The JSON body parser, with its errors answered here (413, 400) instead of Express's HTML page. */
function jsonBody(limit: string) {
  const parse = express.json({
    limit,
    strict: true,
    verify: (_req, _res, raw) => {
      const field = duplicateKey(raw.toString('utf8'));
      if (field !== null) throw new DuplicateKeyError(field);
    },
  });
  return (req: Request, res: Response, next: NextFunction) =>
    parse(req, res, (err?: unknown) => {
      if (!err) return next();
      const type = (err as { type?: string }).type;
      if (err instanceof DuplicateKeyError)
        return sendError(res, 400, 'Bad Request', err.message, [
          { field: err.field, problems: ['is given more than once'] },
        ]);
      if (type === 'entity.too.large')
        return sendError(
          res,
          413,
          'Payload Too Large',
          `The request body is larger than ${limit}.`,
        );
      return sendError(res, 400, 'Bad Request', 'The request body is not valid JSON.');
    });
}

/** Everything between Express and the controllers, shared by main.ts and the tests. */
export function configureApp(app: NestExpressApplication, config: AppConfig): void {
  app.set('trust proxy', config.trustProxy);
  // API answers are never cached (Cache-Control: no-store): hashing each body for an ETag is waste.
  app.set('etag', false);
  app.disable('x-powered-by');
  app.use(requestId);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'none'"],
          frameAncestors: ["'none'"],
          formAction: ["'self'"],
          upgradeInsecureRequests: null,
        },
      },
      strictTransportSecurity: config.cookieSecure,
      referrerPolicy: { policy: 'no-referrer' },
    }),
  );
  app.use('/api', (_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.use(cookieParser());
  app.use('/api', rateLimit(app.get(RateLimitsRepository), config));
  app.use('/api', sameOriginWrites);
  // A saved canvas may hold thousands of records: its own, larger limit (the service checks its size exactly).
  app.use(
    '/api/graph/views',
    jsonBody(`${Math.ceil((GRAPH_VIEW_CANVAS_MAX_BYTES * 1.5) / 1024)}kb`),
  );
  // A gazetteer file is uploaded as its CSV text, about 1.5 MB for Cambodia's 16,465 units.
  app.use('/api/gazetteer', jsonBody(`${Math.ceil(GAZETTEER_MAX_CHARS / 1024) * 2}kb`));
  app.use(jsonBody(config.bodyLimit));
  app.use(inputGuard);

  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ApiExceptionFilter());

  SwaggerModule.setup('api/docs', app, buildOpenApiDocument(app, config.version), {
    jsonDocumentUrl: 'api/docs-json',
  });

  if (config.webDir && existsSync(path.join(config.webDir, 'index.html')))
    app.use(serveWebApp(config.webDir));
}
