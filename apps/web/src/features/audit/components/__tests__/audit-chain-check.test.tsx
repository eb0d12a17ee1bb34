import { afterEach, describe, expect, it } from '@jest/globals';
import { fireEvent, screen } from '@testing-library/react';

import type { Schema } from '@khsae/api-client';

import { mockFetch } from '@/testing/mock-fetch';
import { renderWithApp } from '@/testing/render-with-app';

import { AuditChainCheck } from '../audit-chain-check';

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

const answers: Schema<'AuditChainResponseDto'>[] = [
  {
    status: 'ok',
    checkedAt: '2026-03-02T10:16:00.000Z',
    checked: 42,
    head: {
      id: '42',
      occurredAt: '2026-03-02T10:15:00.000Z',
      chainNo: '42',
      hash: 'ab'.repeat(32),
    },
    brokenAt: null,
  },
  {
    status: 'broken',
    checkedAt: '2026-03-02T10:17:00.000Z',
    checked: 42,
    head: {
      id: '42',
      occurredAt: '2026-03-02T10:15:00.000Z',
      chainNo: '42',
      hash: 'ab'.repeat(32),
    },
    brokenAt: {
      id: '17',
      occurredAt: '2026-03-02T09:00:00.000Z',
      chainNo: '17',
      problem: 'content_changed',
    },
  },
];

describe('AuditChainCheck', () => {
  it('runs the check on demand and shows that the chain holds, then where it breaks', async () => {
    let calls = 0;
    mockFetch(({ url }) =>
      url.pathname === '/api/audit-events/chain'
        ? { status: 200, body: answers[Math.min(calls++, 1)] }
        : undefined,
    );
    renderWithApp(<AuditChainCheck />);
    expect(calls).toBe(0);

    fireEvent.click(screen.getByRole('button', { name: 'Check the chain' }));
    expect(await screen.findByText('42 events checked; every link holds.')).toBeTruthy();
    expect(screen.getByText('ab'.repeat(32))).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Check the chain' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/First broken link: event 17 at .*2026/);
    expect(alert.textContent).toMatch(/This event was changed after it was written\./);
  });
});
