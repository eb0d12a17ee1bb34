import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';

import { mockFetch } from '@/testing/mock-fetch';
import { renderWithApp } from '@/testing/render-with-app';

import { RedeemCodeForm } from '../redeem-code-form';

const realFetch = globalThis.fetch;
afterEach(() => {
  cleanup();
  globalThis.fetch = realFetch;
});

function fillIn(email: string, code: string, password: string) {
  fireEvent.change(screen.getByLabelText(/^Email/), { target: { value: email } });
  fireEvent.change(screen.getByLabelText(/^Reset code/), { target: { value: code } });
  fireEvent.change(screen.getByLabelText(/^New password/), { target: { value: password } });
}

const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Set password' }));

describe('RedeemCodeForm', () => {
  it('checks the fields and the password policy before sending', () => {
    const fetchMock = mockFetch(() => undefined);
    renderWithApp(<RedeemCodeForm onRedeemed={() => undefined} onCancel={() => undefined} />);
    fillIn('me@police.example', '', 'short');
    submit();
    expect(screen.getByText('Enter the code you were given.')).toBeTruthy();
    expect(screen.getByText('Use at least 12 characters.')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('sends the email, the code and the new password, then hands over to sign-in', async () => {
    const sent: unknown[] = [];
    mockFetch(({ method, url, body }) => {
      if (method !== 'POST' || url.pathname !== '/api/auth/reset-code') return undefined;
      sent.push(body);
      return { status: 204 };
    });
    const onRedeemed = jest.fn();
    renderWithApp(<RedeemCodeForm onRedeemed={onRedeemed} onCancel={() => undefined} />);
    fillIn(' me@police.example ', ' ab12-cd34-ef56 ', 'my-own-long-password');
    submit();
    await waitFor(() => expect(onRedeemed).toHaveBeenCalledWith('me@police.example'));
    expect(sent).toEqual([
      { email: 'me@police.example', code: 'ab12-cd34-ef56', newPassword: 'my-own-long-password' },
    ]);
  });

  it('says once, in the user’s language, that a code does not work', async () => {
    mockFetch(() => ({
      status: 400,
      body: {
        statusCode: 400,
        error: 'Bad Request',
        message: 'code: this code is not valid for this email, or it has expired or been used',
        fields: [{ field: 'code', problems: ['this code is not valid for this email'] }],
      },
    }));
    renderWithApp(<RedeemCodeForm onRedeemed={() => undefined} onCancel={() => undefined} />, {
      language: 'km',
    });
    fireEvent.change(screen.getByLabelText(/^អ៊ីមែល/), { target: { value: 'me@police.example' } });
    fireEvent.change(screen.getByLabelText(/^លេខកូដកំណត់ឡើងវិញ/), { target: { value: 'WRONG' } });
    fireEvent.change(screen.getByLabelText(/^ពាក្យសម្ងាត់ថ្មី/), {
      target: { value: 'my-own-long-password' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'កំណត់ពាក្យសម្ងាត់' }));
    expect(await screen.findByText(/លេខកូដនេះមិនដំណើរការ/)).toBeTruthy();
    expect(screen.queryByText(/not valid/)).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
