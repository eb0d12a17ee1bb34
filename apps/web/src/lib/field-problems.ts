import type { i18n as I18n } from 'i18next';

import type { Messages } from '../locales/en';
import { formatNumber } from './format';
import { currentLanguage } from './i18n';

type ProblemKey = keyof Messages['problems'];

/**
 * The API's field problems are English sentences built by a few templates (its field decorators,
 * constraints and identifier rules, `apps/api/src/common/validation/fields.ts`); each known one
 * becomes the user's language, with its numbers.
 */
const TEMPLATES: readonly [RegExp, ProblemKey, readonly ('min' | 'max')[]][] = [
  [/^must not be empty$/, 'required', []],
  [/^must be at most (\d+) characters$/, 'tooLong', ['max']],
  [/^must be at least (\d+) characters$/, 'tooShort', ['min']],
  [/^must be (a date as YYYY-MM-DD|a real calendar date)$/, 'date', []],
  [/^must be a whole number$/, 'wholeNumber', []],
  [/^must be between (-?\d+) and (-?\d+)$/, 'between', ['min', 'max']],
  [/^must be at least (-?\d+)$/, 'atLeast', ['min']],
  [/^must be at most (-?\d+)$/, 'atMost', ['max']],
  [/^must not be negative$/, 'notNegative', []],
  [/^must be one of: /, 'choice', []],
  [/^must be an ISO 3166 alpha-2 country code/, 'country', []],
  [/^(must be an email address|is not an email address)$/, 'email', []],
  [/^is not a possible phone number$/, 'phone', []],
  [/^no such \w+$/, 'notFound', []],
];

/** One problem the server named for `field`, in the user's language when it is a known one; else as sent. */
export function problemText(field: string, problem: string, i18n: I18n): string {
  // Most problems start with the field's own name ("nameLatin must not be empty").
  const own = problem.startsWith(`${field} `) ? problem.slice(field.length + 1) : problem;
  const language = currentLanguage(i18n);
  for (const [pattern, key, names] of TEMPLATES) {
    const match = pattern.exec(own);
    if (!match) continue;
    const params: Partial<Record<'min' | 'max', string>> = {};
    names.forEach((name, index) => {
      params[name] = formatNumber(Number(match[index + 1]), language);
    });
    return i18n.t(`problems.${key}`, params);
  }
  return problem;
}
