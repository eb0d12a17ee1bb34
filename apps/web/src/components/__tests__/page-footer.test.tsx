import { describe, expect, it, jest } from '@jest/globals';
import { screen } from '@testing-library/react';

import { renderWithApp } from '@/testing/render-with-app';

import { PageFooter } from '../page-footer';

describe('PageFooter', () => {
  it('says how many records there are, and that a total beyond the exact count is an estimate', () => {
    const onPageChange = jest.fn();
    const { unmount } = renderWithApp(
      <PageFooter page={2} pageSize={50} total={132} onPageChange={onPageChange} />,
    );
    expect(screen.getByText('Showing 51–100 of 132')).toBeTruthy();
    unmount();
    renderWithApp(
      <PageFooter
        page={1}
        pageSize={50}
        total={251342}
        totalExact={false}
        onPageChange={onPageChange}
      />,
    );
    expect(screen.getByText('Showing 1–50 of about 251,342')).toBeTruthy();
  });
});
