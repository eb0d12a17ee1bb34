import type { Language } from './i18n';

/** Short month names of the Khmer (Gregorian) calendar, January first. */
export const KHMER_MONTHS = [
  'មករា',
  'កុម្ភៈ',
  'មីនា',
  'មេសា',
  'ឧសភា',
  'មិថុនា',
  'កក្កដា',
  'សីហា',
  'កញ្ញា',
  'តុលា',
  'វិច្ឆិកា',
  'ធ្នូ',
] as const;

const KHMER_ZERO = 0x17e0;

/** ASCII digits written as Khmer digits (០–៩); everything else is left as it is. */
export function khmerDigits(text: string): string {
  return text.replace(/[0-9]/g, (digit) => String.fromCharCode(KHMER_ZERO + Number(digit)));
}

type DayParts = { day: number; month: number; year: number };

// Chromium's ICU has no Khmer data (Intl falls back to "Sep 3, 2026") and Node's gives Latin digits,
// so Intl supplies the English words and the calendar parts, and the Khmer words and digits are ours.
function dayText({ day, month, year }: DayParts, language: Language): string {
  if (language === 'km') return khmerDigits(`${day} ${KHMER_MONTHS[month - 1]} ${year}`);
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** A calendar day (YYYY-MM-DD…) as the user reads dates: `3 Dec 2026`, `៣ ធ្នូ ២០២៦`; never shifted by the time zone. */
export function formatDate(day: string | null | undefined, language: Language): string | null {
  if (!day) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (!match) return null;
  const parts = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const date = new Date(Date.UTC(parts.year, parts.month - 1, parts.day));
  if (Number.isNaN(date.getTime()) || date.getUTCDate() !== parts.day) return null;
  return dayText(parts, language);
}

/** A moment as its day in the user's time zone and a 24-hour time: `3 Dec 2026, 14:05`, `៣ ធ្នូ ២០២៦, ១៤:០៥`. */
export function formatDateTime(
  iso: string | null | undefined,
  language: Language,
  timeZone?: string,
): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  const parts = new Intl.DateTimeFormat('en-GB', {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  const day = {
    day: Number(part('day')),
    month: Number(part('month')),
    year: Number(part('year')),
  };
  const time = `${part('hour')}:${part('minute')}`;
  return `${dayText(day, language)}, ${language === 'km' ? khmerDigits(time) : time}`;
}

/** A number grouped by thousands (`12,345`); Khmer digits in Khmer, like dates. */
export function formatNumber(
  value: number,
  language: Language,
  options?: Intl.NumberFormatOptions,
): string {
  const text = new Intl.NumberFormat('en-GB', options).format(value);
  return language === 'km' ? khmerDigits(text) : text;
}

/** "from – to", "since from", "until to", or null when neither day is known. */
export function formatDayRange(
  from: string | null | undefined,
  to: string | null | undefined,
  language: Language,
): { from: string | null; to: string | null } | null {
  const a = formatDate(from, language);
  const b = formatDate(to, language);
  return a || b ? { from: a, to: b } : null;
}

const ENGLISH_MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;

function monthNumber(word: string): number | null {
  const khmer = KHMER_MONTHS.indexOf(word as (typeof KHMER_MONTHS)[number]);
  if (khmer >= 0) return khmer + 1;
  const english = ENGLISH_MONTHS.indexOf(
    word.slice(0, 3).toLowerCase() as (typeof ENGLISH_MONTHS)[number],
  );
  return english >= 0 ? english + 1 : null;
}

/**
 * A day typed by the user, as YYYY-MM-DD, or null when it is not a whole, real day. Day-month-year
 * in numbers (`3/12/2026`, any separator, Latin or Khmer digits), as shown (`3 Dec 2026`,
 * `៣ ធ្នូ ២០២៦`), or ISO.
 */
export function parseDay(text: string): string | null {
  const latin = text.trim().replace(/[០-៩]/g, (digit) => String(digit.charCodeAt(0) - KHMER_ZERO));
  let parts: [number, number, number] | null = null;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(latin);
  const numeric = /^(\d{1,2})[/.\-\s]+(\d{1,2})[/.\-\s]+(\d{4})$/.exec(latin);
  const worded = /^(\d{1,2})\s+(\S+?)\.?,?\s+(\d{4})$/.exec(latin);
  if (iso) parts = [Number(iso[3]), Number(iso[2]), Number(iso[1])];
  else if (numeric) parts = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
  else if (worded) {
    const month = monthNumber(worded[2]!);
    if (month) parts = [Number(worded[1]), month, Number(worded[3])];
  }
  if (!parts) return null;
  const [day, month, year] = parts;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  )
    return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
