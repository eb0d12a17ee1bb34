import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { TagsInput, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';

import type { Sex } from '@khsae/domain';

import { EnumSelect } from '@/components/enum-select';
import { renderWithApp } from '@/testing/render-with-app';

import { mockFetch } from '@/testing/mock-fetch';

import { answer, api, ApiError } from './api';
import { textOrNull, type FieldErrors, type RecordPatch } from './forms';
import { useRecordForm } from './use-record-form';

const realFetch = globalThis.fetch;
afterEach(() => {
  cleanup();
  globalThis.fetch = realFetch;
});

type Thing = { id: string; version: number; nameLatin: string; aliases: string[]; sex: Sex };
type Values = { nameLatin: string; notes: string; aliases: string[]; sex: Sex };
type Body = { nameLatin: string | null; aliases: string[]; sex: Sex; notes: string | null };

const thing: Thing = {
  id: 't1',
  version: 3,
  nameLatin: 'Sokha',
  aliases: ['Ming Sok'],
  sex: 'female',
};

function Harness({
  record = thing,
  save,
}: {
  record?: Thing | null;
  save: (body: Body | (RecordPatch<Body> & { id: string })) => Promise<Thing>;
}) {
  const create = useMutation({ mutationFn: (body: Body) => save(body) });
  const update = useMutation({
    mutationFn: (patch: RecordPatch<Body> & { id: string }) => save(patch),
  });
  const form = useRecordForm({
    record,
    empty: { nameLatin: '', notes: '', aliases: [], sex: 'unknown' } satisfies Values,
    valuesOf: (saved: Thing): Values => ({ ...saved, notes: '' }),
    validate: (values): FieldErrors<'nameLatin' | 'placeId'> =>
      values.nameLatin.trim() ? {} : { nameLatin: 'Enter a name.' },
    fields: ['nameLatin', 'placeId'],
    body: (values): Body => ({
      nameLatin: textOrNull(values.nameLatin),
      aliases: values.aliases,
      sex: values.sex,
      notes: textOrNull(values.notes),
    }),
    create,
    update,
    onSaved: () => undefined,
  });
  return (
    <form onSubmit={form.submit} noValidate>
      <TextInput label="Name (Latin)" {...form.field('nameLatin')} />
      <TagsInput label="Aliases" {...form.field('aliases')} />
      <EnumSelect enumeration="sex" label="Sex" {...form.field('sex')} allowDeselect={false} />
      <Textarea label="Notes" {...form.field('notes', 'placeId')} />
      {form.conflict && <p role="alert">Changed by someone else to {form.conflict.nameLatin}</p>}
      {form.conflict && (
        <button type="button" onClick={() => form.reload(form.conflict!)}>
          Reload
        </button>
      )}
      {form.noChanges && <p role="status">Nothing changed</p>}
      <button type="submit">Save</button>
      <output data-testid="values">{JSON.stringify(form.values)}</output>
    </form>
  );
}

const values = () => JSON.parse(screen.getByTestId('values').textContent ?? '') as Values;

describe('useRecordForm', () => {
  it('shows the record and writes each input back to its own value only', () => {
    renderWithApp(<Harness save={() => Promise.resolve(thing)} />);
    const name = screen.getByLabelText('Name (Latin)') as HTMLInputElement;
    expect(name.value).toBe('Sokha');
    expect(screen.getByDisplayValue('Ming Sok')).toBeTruthy();
    expect(screen.getByDisplayValue('Female')).toBeTruthy();

    fireEvent.change(name, { target: { value: 'Sokha Chan' } });
    fireEvent.change(screen.getByLabelText('Notes'), { target: { value: 'Seen in Poipet.' } });
    expect(values()).toEqual({
      id: 't1',
      version: 3,
      nameLatin: 'Sokha Chan',
      notes: 'Seen in Poipet.',
      aliases: ['Ming Sok'],
      sex: 'female',
    });
  });

  it('shows its own problems, and the server’s under the name the server gives them', async () => {
    const save = jest.fn(() =>
      Promise.reject(
        new ApiError({
          statusCode: 400,
          error: 'Bad Request',
          message: 'invalid',
          fields: [{ field: 'placeId', problems: ['placeId must be a place'] }],
        }),
      ),
    );
    renderWithApp(<Harness record={null} save={save} />);

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Enter a name.')).toBeTruthy();
    expect(screen.getByLabelText('Name (Latin)').getAttribute('aria-invalid')).toBe('true');
    expect(save).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText('Name (Latin)'), { target: { value: 'Dara' } });
    // A problem stays until the next attempt to save.
    expect(screen.getByText('Enter a name.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('placeId must be a place')).toBeTruthy();
    expect(screen.getByLabelText('Notes').getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByText('Enter a name.')).toBeNull();
  });

  it('shows one message per field from the server, in the user’s language when it knows it', async () => {
    mockFetch(({ method, url }) =>
      method === 'POST' && url.pathname === '/api/brokers'
        ? {
            status: 400,
            body: {
              statusCode: 400,
              error: 'Bad Request',
              message: 'nameLatin: …; placeId: …',
              fields: [
                {
                  field: 'nameLatin',
                  problems: ['nameLatin must be at most 200 characters', 'nameLatin must be text'],
                },
                { field: 'placeId', problems: ['placeId is outside the map', 'placeId is odd'] },
              ],
            },
          }
        : undefined,
    );
    const save = (body: unknown) =>
      answer(api.POST('/api/brokers', { body: body as never })) as Promise<Thing>;
    renderWithApp(<Harness record={null} save={save} />, { language: 'km' });

    fireEvent.change(screen.getByLabelText('Name (Latin)'), { target: { value: 'Dara' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    // A known problem in Khmer, with Khmer digits; the English sentence is not shown beside it.
    expect(await screen.findByText('ប្រើមិនលើសពី ២០០ តួអក្សរ។')).toBeTruthy();
    expect(screen.queryByText(/must be/)).toBeNull();
    // An unknown one as the server wrote it, and only its first problem.
    expect(screen.getByText('placeId is outside the map')).toBeTruthy();
    expect(screen.queryByText(/is odd/)).toBeNull();
  });

  it('sends only what changed with its version, and keeps the input when someone saved first', async () => {
    const theirs: Thing = { ...thing, version: 4, nameLatin: 'Sok Sokha' };
    const sent: unknown[] = [];
    const save = jest.fn((body: unknown) => {
      sent.push(body);
      return sent.length === 1
        ? Promise.reject(
            new ApiError({ statusCode: 409, error: 'Conflict', message: 'x', current: theirs }),
          )
        : Promise.resolve(theirs);
    });
    renderWithApp(<Harness save={save} />);

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Nothing changed')).toBeTruthy();
    expect(save).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText('Notes'), { target: { value: 'Moved.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Changed by someone else to Sok Sokha')).toBeTruthy();
    expect(sent[0]).toEqual({ id: 't1', version: 3, notes: 'Moved.' });
    expect(values().notes).toBe('Moved.');

    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(values().nameLatin).toBe('Sok Sokha');
    expect(values().notes).toBe('');
    fireEvent.change(screen.getByLabelText('Notes'), { target: { value: 'Moved.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]).toEqual({ id: 't1', version: 4, notes: 'Moved.' });
  });
});
