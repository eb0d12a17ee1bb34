import { afterEach, describe, expect, it } from '@jest/globals';
import { cleanup, screen } from '@testing-library/react';

import { renderWithApp } from '@/testing/render-with-app';

import { PasswordField } from '../password-field';

afterEach(cleanup);

describe('PasswordField', () => {
  it('shows its hint while there is no problem', () => {
    renderWithApp(<PasswordField label="Password" description="At least 12 characters." />);
    expect(screen.getByText('At least 12 characters.')).toBeTruthy();
  });

  it('shows a problem alone, not beside a hint saying the same', () => {
    renderWithApp(
      <PasswordField
        label="Password"
        description="At least 12 characters."
        error="Use at least 12 characters."
      />,
    );
    expect(screen.getByText('Use at least 12 characters.')).toBeTruthy();
    expect(screen.queryByText('At least 12 characters.')).toBeNull();
  });
});
