import type { NextFunction, Request, Response } from 'express';

const MAX_DEPTH = 32;
// A lone UTF-16 surrogate cannot be stored as UTF-8 text.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// Keys that could reach an object's prototype when a body is merged into another object.
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

type Problem = { field: string; problem: string };

function inspect(value: unknown, field: string, depth: number): Problem | null {
  if (depth > MAX_DEPTH) return { field, problem: `is nested more than ${MAX_DEPTH} levels deep` };
  if (typeof value === 'string') {
    if (value.includes('\u0000')) return { field, problem: 'must not contain NUL characters' };
    if (LONE_SURROGATE.test(value))
      return { field, problem: 'contains an invalid Unicode character' };
    return null;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = inspect(value[i], `${field}[${i}]`, depth + 1);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (PROTOTYPE_KEYS.has(key))
        return { field: field ? `${field}.${key}` : key, problem: 'is not an allowed field name' };
      const found =
        inspect(key, field ? `${field}.${key}` : key, depth + 1) ??
        inspect(inner, field ? `${field}.${key}` : key, depth + 1);
      if (found) return found;
    }
  }
  return null;
}

function safeDecode(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

/** Refuses NUL, lone surrogates and absurd nesting in the path, query and body before any database work. */
export function inputGuard(req: Request, res: Response, next: NextFunction): void {
  const decodedPath = safeDecode(req.path);
  const problem: Problem | null =
    decodedPath === null
      ? { field: 'path', problem: 'is not a valid URL path' }
      : (inspect(decodedPath, 'path', 0) ??
        inspect(req.query, '', 0) ??
        inspect(req.body as unknown, '', 0));
  if (!problem) {
    next();
    return;
  }
  res.status(400).json({
    statusCode: 400,
    error: 'Bad Request',
    message: `${problem.field}: ${problem.problem}`,
    fields: [{ field: problem.field, problems: [problem.problem] }],
  });
}
