import { afterEach, describe, expect, it } from '@jest/globals';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';

import type { Sex } from '@khsae/domain';

import { renderWithApp } from '@/testing/render-with-app';

import { AliasesField } from '../aliases-field';
import { EnumSelectField } from '../enum-select-field';
import { NotesField } from '../notes-field';
import { TextField } from '../text-field';

afterEach(cleanup);

type Values = { nameLatin: string; notes: string; aliases: string[]; sex: Sex };

function Harness({ errors = {} }: { errors?: Partial<Record<string, string>> }) {
  const [values, setValues] = useState<Values>({
    nameLatin: 'Sokha',
    notes: '',
    aliases: ['Ming Sok'],
    sex: 'female',
  });
  const form = {
    values,
    errors,
    set: <K extends keyof Values>(key: K, value: Values[K]) =>
      setValues((current) => ({ ...current, [key]: value })),
  };
  return (
    <>
      <TextField form={form} name="nameLatin" label="Name (Latin)" />
      <AliasesField form={form} label="Aliases" description="press Enter after each" />
      <EnumSelectField form={form} name="sex" enumeration="sex" label="Sex" />
      <NotesField form={form} label="Notes" />
      <output data-testid="values">{JSON.stringify(values)}</output>
    </>
  );
}

describe('form sections', () => {
  it('show the form values and write back only their own key', () => {
    renderWithApp(<Harness />);
    const name = screen.getByLabelText('Name (Latin)') as HTMLInputElement;
    expect(name.value).toBe('Sokha');
    expect(screen.getByDisplayValue('Ming Sok')).toBeTruthy();
    expect(screen.getByDisplayValue('Female')).toBeTruthy();

    fireEvent.change(name, { target: { value: 'Sokha Chan' } });
    fireEvent.change(screen.getByLabelText('Notes'), { target: { value: 'Seen in Poipet.' } });
    expect(JSON.parse(screen.getByTestId('values').textContent ?? '')).toEqual({
      nameLatin: 'Sokha Chan',
      notes: 'Seen in Poipet.',
      aliases: ['Ming Sok'],
      sex: 'female',
    });
  });

  it('show the error named after their field', () => {
    renderWithApp(<Harness errors={{ nameLatin: 'Too long.', notes: 'Too short.' }} />);
    expect(screen.getByText('Too long.')).toBeTruthy();
    expect(screen.getByText('Too short.')).toBeTruthy();
    expect(screen.getByLabelText('Name (Latin)').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Notes').getAttribute('aria-invalid')).toBe('true');
  });
});
