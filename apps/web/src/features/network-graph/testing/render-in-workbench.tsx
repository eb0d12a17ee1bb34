import type { ReactElement } from 'react';

import { renderWithApp, type RenderOptions } from '@/testing/render-with-app';

import type { CanvasCommands } from '../hooks/use-canvas-commands';
import { WorkbenchContext } from '../hooks/use-workbench';
import {
  createWorkbenchStore,
  initialWorkbenchState,
  type WorkbenchState,
} from '../model/workbench-store';

/** Renders workbench components on a store in the given state, with the commands a test needs. */
export function renderInWorkbench(
  ui: ReactElement,
  {
    state = initialWorkbenchState(),
    commands = {},
    ...options
  }: RenderOptions & { state?: WorkbenchState; commands?: Partial<CanvasCommands> } = {},
) {
  const store = createWorkbenchStore(state);
  const workbench = { store, commands: commands as CanvasCommands };
  const result = renderWithApp(
    <WorkbenchContext.Provider value={workbench}>{ui}</WorkbenchContext.Provider>,
    options,
  );
  return { ...result, store };
}
