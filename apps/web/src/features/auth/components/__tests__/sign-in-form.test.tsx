import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';

import { ROLE_PERMISSIONS } from '@khsae/domain';

import type { CurrentUser } from '@/lib/api-types';
import { mockFetch } from '@/testing/mock-fetch';
import { renderWithApp } from '@/testing/render-with-app';

import { SignInForm } from '../sign-in-form';

const realFetch = globalThis.fetch;
afterEach(() => {
  cleanup();
  globalThis.fetch = realFetch;
});

const supervisor: CurrentUser = {
  id: 'u-sup',
  email: 'supervisor@demo.local',
  displayName: 'Sokha Supervisor',
  role: 'supervisor',
  permissions: [...ROLE_PERMISSIONS.supervisor],
  demoMode: true,
};

function fillIn(email: string, password: string) {
  fireEvent.change(screen.getByLabelText(/^Email/), { target: { value: email } });
  fireEvent.change(screen.getByLabelText(/^Password/), { target: { value: password } });
}

const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));

describe('SignInForm', () => {
  it('shows field errors and sends nothing when the fields are empty', () => {
    const fetchMock = mockFetch(() => undefined);
    renderWithApp(<SignInForm onSignedIn={() => undefined} />);

    submit();

    expect(screen.getByText('Enter your email address.')).toBeTruthy();
    expect(screen.getByText('Enter your password.')).toBeTruthy();
    expect(screen.getByLabelText(/^Email/).getAttribute('aria-invalid')).toBe('true');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('rejects a malformed email before calling the server', () => {
    const fetchMock = mockFetch(() => undefined);
    renderWithApp(<SignInForm onSignedIn={() => undefined} />);

    fillIn('not-an-email', 'secret');
    submit();

    expect(screen.getByText(/Enter a valid email address/)).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('says the credentials are wrong on 401', async () => {
    mockFetch(() => ({
      status: 401,
      body: { statusCode: 401, error: 'Unauthorized', message: 'Invalid credentials' },
    }));
    renderWithApp(<SignInForm onSignedIn={() => undefined} />);

    fillIn('supervisor@demo.local', 'wrong password');
    submit();

    expect(await screen.findByText('The email or password is not correct.')).toBeTruthy();
  });

  it('says there were too many attempts on 429', async () => {
    mockFetch(() => ({
      status: 429,
      body: { statusCode: 429, error: 'Too Many Requests', message: 'Slow down' },
    }));
    renderWithApp(<SignInForm onSignedIn={() => undefined} />);

    fillIn('supervisor@demo.local', 'whatever');
    submit();

    expect(await screen.findByText(/Too many sign-in attempts/)).toBeTruthy();
  });

  it('puts server validation problems next to the fields', async () => {
    mockFetch(() => ({
      status: 400,
      body: {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Invalid input',
        fields: [
          { field: 'password', problems: ['password must be shorter than 1024 characters'] },
        ],
      },
    }));
    renderWithApp(<SignInForm onSignedIn={() => undefined} />);

    fillIn('supervisor@demo.local', 'x');
    submit();

    expect(await screen.findByText('password must be shorter than 1024 characters')).toBeTruthy();
  });

  it('submits with Enter and hands back the signed-in user', async () => {
    const fetchMock = mockFetch(({ method, url, body }) =>
      method === 'POST' && url.pathname === '/api/auth/login'
        ? { status: 200, body: { ...supervisor, sent: body } }
        : undefined,
    );
    const onSignedIn = jest.fn();
    renderWithApp(<SignInForm onSignedIn={onSignedIn} />);

    fillIn('  supervisor@demo.local ', 'khsae-demo-2026');
    fireEvent.submit(screen.getByLabelText(/^Password/).closest('form') as HTMLFormElement);

    await waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect((onSignedIn.mock.calls[0]?.[0] as { sent: unknown }).sent).toEqual({
      email: 'supervisor@demo.local',
      password: 'khsae-demo-2026',
    });
  });

  it('speaks Khmer when Khmer is chosen', () => {
    mockFetch(() => undefined);
    renderWithApp(<SignInForm onSignedIn={() => undefined} />, { language: 'km' });

    fireEvent.click(screen.getByRole('button', { name: 'ចូល' }));

    expect(screen.getByText('សូមបញ្ចូលអាសយដ្ឋានអ៊ីមែលរបស់អ្នក។')).toBeTruthy();
  });
});
