import { describe, expect, it } from '@jest/globals';

import { useTestApp } from './utils/test-app';

describe('OpenAPI document', () => {
  const t = useTestApp();

  it('serves the interactive docs and the JSON document with every endpoint', async () => {
    const html = await t.anonymous().get('/api/docs');
    expect(html.status).toBe(200);
    expect(html.text).toMatch(/swagger/i);
    const json = await t.anonymous().get('/api/docs-json');
    expect(json.status).toBe(200);
    expect(Object.keys(json.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/auth/login',
        '/api/auth/logout',
        '/api/auth/me',
        '/api/users',
        '/api/users/{id}',
        '/api/audit-events',
      ]),
    );
    expect(json.body.components.schemas.CreateUserDto.required).toEqual(
      expect.arrayContaining(['email', 'role', 'displayName']),
    );
  });
});
