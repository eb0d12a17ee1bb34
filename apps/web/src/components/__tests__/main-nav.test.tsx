import { afterEach, describe, expect, it } from '@jest/globals';
import { cleanup, screen } from '@testing-library/react';

import { ROLE_PERMISSIONS } from '@khsae/domain';

import { renderWithApp } from '@/testing/render-with-app';

import { MainNav } from '../main-nav';

afterEach(cleanup);

const linkNames = () => screen.getAllByRole('link').map((link) => link.textContent);

describe('MainNav', () => {
  it('shows the supervisor the investigation areas but not admin or audit', () => {
    renderWithApp(<MainNav permissions={ROLE_PERMISSIONS.supervisor} />);

    expect(linkNames()).toEqual([
      'Dashboard',
      'Cases',
      'Network graph',
      'Brokers',
      'Victims',
      'Compounds',
      'Routes',
      'Tips',
      'Repatriations',
    ]);
  });

  it('shows the admin only the dashboard and user management', () => {
    renderWithApp(<MainNav permissions={ROLE_PERMISSIONS.admin} />);
    expect(linkNames()).toEqual(['Dashboard', 'Admin']);
    expect(screen.getByRole('link', { name: 'Admin' }).getAttribute('href')).toBe('/admin/users');
  });

  it('shows the auditor the audit trail and no case data', () => {
    renderWithApp(<MainNav permissions={ROLE_PERMISSIONS.auditor} />);
    expect(linkNames()).toEqual(['Dashboard', 'Audit']);
  });

  it('marks the current area and labels it in Khmer', () => {
    renderWithApp(<MainNav permissions={ROLE_PERMISSIONS.victim_support} />, {
      path: '/victims',
      route: '/victims',
      language: 'km',
    });

    const current = screen.getByRole('link', { current: 'page' });
    expect(current.textContent).toBe('ជនរងគ្រោះ');
    expect(linkNames()).toEqual(['ផ្ទាំងគ្រប់គ្រង', 'ជនរងគ្រោះ', 'ការធ្វើមាតុភូមិនិវត្តន៍']);
  });
});
