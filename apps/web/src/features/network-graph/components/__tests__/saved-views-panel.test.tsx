import { describe, expect, it, jest } from '@jest/globals';
import { fireEvent, screen } from '@testing-library/react';

import { renderWithApp } from '@/testing/render-with-app';

import { EMPTY_CANVAS } from '../../model/canvas-state';
import { SavedViewsPanel } from '../saved-views-panel';

describe('SavedViewsPanel', () => {
  it('should say the views stay in this browser, ask for a name, and save', () => {
    const onSave = jest.fn();
    renderWithApp(
      <SavedViewsPanel
        views={[]}
        canSave
        onSave={onSave}
        onLoad={jest.fn()}
        onDelete={jest.fn()}
        language="en"
      />,
    );
    expect(screen.getByText(/Saved in this browser only/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save the canvas' }));
    expect(screen.getByText('Give the view a name.')).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText('View name'), { target: { value: ' Poipet ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the canvas' }));
    expect(onSave).toHaveBeenCalledWith('Poipet');
  });

  it('should refuse to save an empty canvas, and open or delete saved views', () => {
    const onLoad = jest.fn();
    const onDelete = jest.fn();
    const view = {
      version: 1 as const,
      name: 'Poipet',
      savedAt: '2026-11-25T10:00:00.000Z',
      layout: 'fcose',
      state: EMPTY_CANVAS,
      positions: {},
    };
    renderWithApp(
      <SavedViewsPanel
        views={[view]}
        canSave={false}
        onSave={jest.fn()}
        onLoad={onLoad}
        onDelete={onDelete}
        language="en"
      />,
    );
    fireEvent.change(screen.getByLabelText('View name'), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the canvas' }));
    expect(screen.getByText('The canvas is empty: there is nothing to save.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Open view Poipet' }));
    expect(onLoad).toHaveBeenCalledWith(view);
    fireEvent.click(screen.getByRole('button', { name: 'Delete view Poipet' }));
    expect(onDelete).toHaveBeenCalledWith('Poipet');
  });
});
