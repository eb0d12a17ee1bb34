import { DateInput, type DateInputProps } from '@mantine/dates';
import '@mantine/dates/styles.css';
// The calendar's month and weekday names in Khmer.
import 'dayjs/locale/km';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { formatDate, parseDay } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';

export type DayInputProps = Omit<
  DateInputProps,
  'value' | 'defaultValue' | 'onChange' | 'valueFormat' | 'dateParser'
> & {
  /** The day as YYYY-MM-DD, or '' for none. */
  value: string;
  onChange: (value: string) => void;
};

/**
 * A calendar day typed in day-month-year order (`3/12/2026`, `3 Dec 2026`) or picked from a calendar,
 * shown as the app shows dates; its value is YYYY-MM-DD, '' when empty. Native date inputs follow
 * the browser's locale (month first in American English), which is why this exists.
 */
export function DayInput({ value, onChange, ...props }: DayInputProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  // The day just typed, until the owner's value catches up: a list filter kept in the URL takes it in
  // a transition, and leaving the field before that would show the previous day.
  const [own, setOwn] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    setOwn(value);
  }
  return (
    <DateInput
      placeholder={t('common.dayPlaceholder')}
      clearable
      clearButtonProps={{ 'aria-label': t('common.clearDay') }}
      {...props}
      locale={language}
      value={own || null}
      onChange={(next) => {
        setOwn(next ?? '');
        onChange(next ?? '');
      }}
      valueFormat={(day) => formatDate(day, language) ?? day}
      dateParser={parseDay}
      popoverProps={{ withinPortal: true, ...props.popoverProps }}
    />
  );
}
