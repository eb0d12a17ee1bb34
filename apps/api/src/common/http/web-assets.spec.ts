import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync, brotliCompressSync } from 'node:zlib';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import express from 'express';
import request from 'supertest';

import { acceptedEncodings, serveWebApp } from 'src/common/http/web-assets';

const SCRIPT = 'console.log("khsae");'.repeat(50);
const INDEX = '<!doctype html><title>Khsae</title>'.repeat(20);

describe('serveWebApp', () => {
  let dir: string;
  let app: express.Express;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'khsae-web-assets-'));
    await mkdir(path.join(dir, 'assets'));
    await mkdir(path.join(dir, '.vite'));
    await writeFile(path.join(dir, 'index.html'), INDEX);
    await writeFile(path.join(dir, 'index.html.br'), brotliCompressSync(INDEX));
    await writeFile(path.join(dir, 'assets/index-AbCd1234.js'), SCRIPT);
    await writeFile(path.join(dir, 'assets/index-AbCd1234.js.br'), brotliCompressSync(SCRIPT));
    await writeFile(path.join(dir, 'assets/index-AbCd1234.js.gz'), gzipSync(SCRIPT));
    await writeFile(path.join(dir, 'assets/inter-latin-400-normal-C38fXH4l.woff2'), 'wOF2');
    await writeFile(path.join(dir, '.vite/manifest.json'), '{}');
    app = express();
    app.use(serveWebApp(dir));
    app.use((_req, res) => res.status(404).json({ statusCode: 404 }));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('sends the brotli file to a browser that accepts it, with the type of the original', async () => {
    const res = await request(app)
      .get('/assets/index-AbCd1234.js')
      .set('Accept-Encoding', 'gzip, deflate, br, zstd')
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['vary']).toBe('Accept-Encoding');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(Number(res.headers['content-length'])).toBe(brotliCompressSync(SCRIPT).length);
  });

  it('falls back to gzip, then to the file as it is', async () => {
    const gzip = await request(app)
      .get('/assets/index-AbCd1234.js')
      .set('Accept-Encoding', 'gzip, br;q=0');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.text).toBe(SCRIPT);

    const plain = await request(app)
      .get('/assets/index-AbCd1234.js')
      .set('Accept-Encoding', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['vary']).toBe('Accept-Encoding');
    expect(plain.text).toBe(SCRIPT);
  });

  it('caches hashed fonts for a year and sends them as they are', async () => {
    const res = await request(app)
      .get('/assets/inter-latin-400-normal-C38fXH4l.woff2')
      .set('Accept-Encoding', 'br');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('answers any other path with index.html, revalidated every time', async () => {
    for (const url of ['/', '/brokers/123', '/index.html', '/.vite/manifest.json', '/%E0%A4%A']) {
      const res = await request(app).get(url).set('Accept-Encoding', 'br');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['content-encoding']).toBe('br');
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('answers a missing build file and paths outside the directory with 404, never index.html', async () => {
    expect((await request(app).get('/assets/missing-AbCd1234.js')).status).toBe(404);
    expect((await request(app).get('/assets/..%2f..%2fetc%2fpasswd')).status).toBe(404);
  });

  it('leaves /api and other methods alone', async () => {
    expect((await request(app).get('/api/health')).status).toBe(404);
    expect((await request(app).get('/api')).status).toBe(404);
    expect((await request(app).post('/brokers')).status).toBe(404);
  });

  it('answers 304 to a revalidation of an unchanged file', async () => {
    const first = await request(app).get('/').set('Accept-Encoding', 'br');
    const again = await request(app)
      .get('/')
      .set('Accept-Encoding', 'br')
      .set('If-None-Match', String(first.headers['etag']));
    expect(again.status).toBe(304);
  });
});

describe('acceptedEncodings', () => {
  it('reads codings and refuses those with q=0', () => {
    expect([...acceptedEncodings('gzip, deflate, br, zstd')]).toEqual([
      'gzip',
      'deflate',
      'br',
      'zstd',
    ]);
    expect([...acceptedEncodings('br;q=0, gzip;q=0.5')]).toEqual(['gzip']);
    expect([...acceptedEncodings(undefined)]).toEqual([]);
  });
});
