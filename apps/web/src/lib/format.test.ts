import { describe, expect, it } from '@jest/globals';

import {
  formatDate,
  formatDateTime,
  formatDayRange,
  formatNumber,
  khmerDigits,
  KHMER_MONTHS,
  parseDay,
} from './format';

// A moment whose calendar day is the same in every time zone from UTC−11 to UTC+11.
const NOON_UTC = '2026-12-03T12:00:00Z';

describe('formatDate', () => {
  it('reads a calendar day as day, short month and year in English', () => {
    expect(formatDate('2026-12-03', 'en')).toBe('3 Dec 2026');
    expect(formatDate('2026-01-31', 'en')).toBe('31 Jan 2026');
  });

  it('uses Khmer month names and Khmer digits in Khmer', () => {
    expect(formatDate('2026-12-03', 'km')).toBe('៣ ធ្នូ ២០២៦');
    expect(formatDate('2025-04-17', 'km')).toBe('១៧ មេសា ២០២៥');
  });

  it('never shifts the day with the time zone and refuses what is not a day', () => {
    expect(formatDate('2024-02-29T23:30:00Z', 'en')).toBe('29 Feb 2024');
    expect(formatDate(null, 'en')).toBeNull();
    expect(formatDate('', 'km')).toBeNull();
    expect(formatDate('not a day', 'en')).toBeNull();
  });

  it('names every month in Khmer', () => {
    expect(KHMER_MONTHS).toHaveLength(12);
    expect(new Set(KHMER_MONTHS).size).toBe(12);
    expect(formatDate('2026-09-03', 'km')).toBe('៣ កញ្ញា ២០២៦');
  });
});

describe('formatDateTime', () => {
  it('gives the same day format followed by a 24-hour time', () => {
    expect(formatDateTime(NOON_UTC, 'en')).toMatch(/^3 Dec 2026, \d{2}:\d{2}$/);
    expect(formatDateTime(NOON_UTC, 'km')).toMatch(/^៣ ធ្នូ ២០២៦, [០-៩]{2}:[០-៩]{2}$/);
  });

  it('shows the moment in the given time zone', () => {
    expect(formatDateTime('2026-12-03T23:30:00Z', 'en', 'Asia/Phnom_Penh')).toBe(
      '4 Dec 2026, 06:30',
    );
    expect(formatDateTime('2026-12-03T23:30:00Z', 'km', 'Asia/Phnom_Penh')).toBe(
      '៤ ធ្នូ ២០២៦, ០៦:៣០',
    );
  });

  it('answers null for nothing or an invalid moment', () => {
    expect(formatDateTime(undefined, 'en')).toBeNull();
    expect(formatDateTime('yesterday', 'km')).toBeNull();
  });
});

describe('formatNumber', () => {
  it('groups thousands, with Khmer digits in Khmer', () => {
    expect(formatNumber(12345, 'en')).toBe('12,345');
    expect(formatNumber(12345, 'km')).toBe('១២,៣៤៥');
    expect(formatNumber(2.5, 'km', { maximumFractionDigits: 1 })).toBe('២.៥');
  });
});

describe('formatDayRange', () => {
  it('formats each end that is known', () => {
    expect(formatDayRange('2026-01-02', null, 'km')).toEqual({ from: '២ មករា ២០២៦', to: null });
    expect(formatDayRange(null, null, 'en')).toBeNull();
  });
});

describe('khmerDigits', () => {
  it('replaces only ASCII digits', () => {
    expect(khmerDigits('V-2026-000107')).toBe('V-២០២៦-០០០១០៧');
  });
});

describe('parseDay', () => {
  it('reads a day typed in day-month-year order, with any separator and either digits', () => {
    expect(parseDay('3/12/2026')).toBe('2026-12-03');
    expect(parseDay('03-12-2026')).toBe('2026-12-03');
    expect(parseDay(' 3.12.2026 ')).toBe('2026-12-03');
    expect(parseDay('៣/១២/២០២៦')).toBe('2026-12-03');
  });

  it('reads the format it shows, in both languages, and ISO days', () => {
    expect(parseDay('3 Dec 2026')).toBe('2026-12-03');
    expect(parseDay('3 December 2026')).toBe('2026-12-03');
    expect(parseDay('3 Sept 2026')).toBe('2026-09-03');
    expect(parseDay('៣ ធ្នូ ២០២៦')).toBe('2026-12-03');
    expect(parseDay('2026-12-03')).toBe('2026-12-03');
    for (const day of ['2026-01-31', '2024-02-29', '2026-09-30']) {
      expect(parseDay(formatDate(day, 'en')!)).toBe(day);
      expect(parseDay(formatDate(day, 'km')!)).toBe(day);
    }
  });

  it('refuses what is not a whole, real day', () => {
    for (const text of [
      '',
      '12/2026',
      '31/02/2026',
      '3/13/2026',
      '3/12/26',
      '3 Foo 2026',
      'soon',
    ]) {
      expect(parseDay(text)).toBeNull();
    }
  });
});
