import { stat } from 'node:fs/promises';
import path from 'node:path';

import type { NextFunction, Request, Response } from 'express';

/** Vite names build files <name>-<hash>.<ext>: their content never changes under that name. */
const HASHED_ASSET = /^\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.[A-Za-z0-9]+$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The build writes these beside each text file (apps/web/vite.config.mts), best first. */
const PRECOMPRESSED = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;

/** The content codings an Accept-Encoding header allows (a q of 0 refuses one). */
export function acceptedEncodings(header: string | undefined): Set<string> {
  const accepted = new Set<string>();
  for (const item of (header ?? '').toLowerCase().split(',')) {
    const [name = '', ...params] = item.split(';').map((part) => part.trim());
    const q = params.find((param) => param.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name);
  }
  return accepted;
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** The file under root a URL path names, or null (outside root, a dotfile, not a file). */
async function fileFor(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.split('/').some((part) => part.startsWith('.')))
    return null;
  const file = path.join(root, decoded);
  return file.startsWith(root + path.sep) && (await isFile(file)) ? file : null;
}

/**
 * Serves the built web app: each file precompressed as the browser accepts it, content-hashed files
 * cached for a year, index.html (revalidated every time) for any other path, since the app routes on
 * the client. A missing /assets/ file is a 404, never index.html.
 */
export function serveWebApp(webDir: string) {
  const root = path.resolve(webDir);
  const indexFile = path.join(root, 'index.html');

  async function send(req: Request, res: Response, next: NextFunction): Promise<void> {
    let file = await fileFor(root, req.path);
    if (!file && req.path.startsWith('/assets/')) return next();
    const cacheControl = file && HASHED_ASSET.test(req.path) ? IMMUTABLE : 'no-cache';
    file ??= indexFile;

    const accepted = acceptedEncodings(req.get('accept-encoding'));
    let chosen = { file, encoding: null as string | null };
    let vary = false;
    for (const { encoding, suffix } of PRECOMPRESSED) {
      if (!(await isFile(file + suffix))) continue;
      vary = true;
      if (!chosen.encoding && (accepted.has(encoding) || accepted.has('*')))
        chosen = { file: file + suffix, encoding };
    }

    res.type(path.extname(file));
    // The API sends no ETags (its answers are not cached); the web app's files revalidate by this one.
    const { size, mtime } = await stat(chosen.file);
    res.setHeader('ETag', `W/"${size.toString(16)}-${mtime.getTime().toString(16)}"`);
    if (vary) res.vary('Accept-Encoding');
    if (chosen.encoding) res.setHeader('Content-Encoding', chosen.encoding);
    res.sendFile(
      chosen.file,
      {
        headers: { 'Cache-Control': cacheControl },
        cacheControl: false,
        dotfiles: 'allow',
        // A byte range of an encoded file is not a range of the file the client asked for.
        acceptRanges: !chosen.encoding,
      },
      (error?: Error) => {
        if (error && !res.headersSent) next(error);
      },
    );
  }

  return (req: Request, res: Response, next: NextFunction): void => {
    if (
      !['GET', 'HEAD'].includes(req.method) ||
      req.path === '/api' ||
      req.path.startsWith('/api/')
    )
      return next();
    send(req, res, next).catch(next);
  };
}
