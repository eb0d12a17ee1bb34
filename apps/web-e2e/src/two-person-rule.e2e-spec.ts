import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';

import { DEMO_PASSWORD, fillSignIn, useBrowser } from './support/browser';

async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  await fillSignIn(page, email, password);
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(/\/sign-in$/);
}

describe('two-person rule and one-time reset codes in Chromium', () => {
  const browser = useBrowser();

  it('an admin creates an account and hands over its code; its user sets a password and signs in', async () => {
    const { page } = browser();
    const email = `e2e-${Date.now()}@police.example`;
    await signIn(page, 'admin@demo.local');
    await page.getByTestId('dashboard-greeting').waitFor();
    await page.goto('/admin/users');
    await page.getByRole('button', { name: 'New user' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Email').fill(email);
    await dialog.getByLabel('Display name').fill('Sokha E2E');
    await dialog.getByRole('combobox', { name: 'Role' }).click();
    await page.getByRole('option', { name: 'Investigator' }).click();
    await dialog.getByRole('button', { name: 'Create user' }).click();
    const code = (await dialog.getByTestId('reset-code').textContent()) ?? '';
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await signOut(page);

    await page.getByRole('button', { name: 'I have a reset code' }).click();
    await page.getByRole('heading', { name: 'Set your password' }).waitFor();
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Reset code').fill(code);
    await page.getByLabel('New password', { exact: false }).first().fill('my-own-e2e-password');
    await page.getByRole('button', { name: 'Set password' }).click();
    await page.getByText('Your password is set. Sign in with it now.').waitFor();

    await signIn(page, email, 'my-own-e2e-password');
    expect(await page.getByTestId('dashboard-greeting').textContent()).toContain('Sokha E2E');
  });

  it('the supervisor approves the demo account awaiting approval, which can then sign in', async () => {
    const { page } = browser();
    await signIn(page, 'rotha.support@demo.local');
    await page.getByText('The email or password is not correct.').waitFor();

    await signIn(page, 'supervisor@demo.local');
    await page.getByRole('heading', { name: 'Roles awaiting approval' }).waitFor();
    await page.getByRole('button', { name: /^Approve the role of Rotha Support/ }).click();
    await page.getByText(/is now Victim-support officer/).waitFor();
    await signOut(page);

    await signIn(page, 'rotha.support@demo.local');
    await page.getByTestId('dashboard-greeting').waitFor();
  });
});
