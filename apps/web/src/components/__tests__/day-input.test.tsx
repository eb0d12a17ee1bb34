import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';

import { renderWithApp } from '@/testing/render-with-app';

import { DayInput } from '../day-input';

afterEach(cleanup);

function Harness({ initial, onChange }: { initial: string; onChange: (value: string) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <DayInput
      label="Recruited on"
      value={value}
      onChange={(next) => {
        setValue(next);
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
});
