import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';

import { renderWithApp } from '@/testing/render-with-app';

import { DayInput } from '../day-input';

afterEach(cleanup);

function Harness({
  initial,
  onChange,
  later = false,
}: {
  initial: string;
  onChange: (value: string) => void;
  /** The owner takes the new value a moment later, as a list filter kept in the URL does. */
  later?: boolean;
}) {
  const [value, setValue] = useState(initial);
  return (
    <DayInput
      label="Recruited on"
      value={value}
      onChange={(next) => {
        if (later) setTimeout(() => setValue(next), 50);
        else setValue(next);
        onChange(next);
      }}
    />
  );
}

describe('DayInput', () => {
  it('shows the day as the app shows dates, in each language', () => {
    renderWithApp(<Harness initial="2026-12-03" onChange={() => undefined} />);
    expect((screen.getByLabelText('Recruited on') as HTMLInputElement).value).toBe('3 Dec 2026');
    cleanup();
    renderWithApp(<Harness initial="2026-12-03" onChange={() => undefined} />, { language: 'km' });
    expect((screen.getByLabelText('Recruited on') as HTMLInputElement).value).toBe('៣ ធ្នូ ២០២៦');
  });

  it('takes a day typed day first and gives it back as YYYY-MM-DD', () => {
    const changes = jest.fn<(value: string) => void>();
    renderWithApp(<Harness initial="" onChange={changes} />);
    const input = screen.getByLabelText('Recruited on') as HTMLInputElement;
    expect(input.placeholder).toBe('DD/MM/YYYY');
    fireEvent.change(input, { target: { value: '3/1/2025' } });
    expect(changes).toHaveBeenLastCalledWith('2025-01-03');
    fireEvent.blur(input);
    expect(input.value).toBe('3 Jan 2025');
  });

  it('shows the typed day once left, even when its owner takes the value a moment later', async () => {
    renderWithApp(<Harness initial="" onChange={() => undefined} later />);
    const input = screen.getByLabelText('Recruited on') as HTMLInputElement;
    fireEvent.change(input, { target: { value: '4/2/2098' } });
    fireEvent.blur(input);
    await waitFor(() => expect(input.value).toBe('4 Feb 2098'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(input.value).toBe('4 Feb 2098');
  });
});
