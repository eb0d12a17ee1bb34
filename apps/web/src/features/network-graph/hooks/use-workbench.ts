import { createContext, useContext, useSyncExternalStore } from 'react';

import type { WorkbenchState, WorkbenchStore } from '../model/workbench-store';

import type { CanvasCommands } from './use-canvas-commands';

/** The workbench's store and its commands, provided once by GraphWorkbench. */
export type Workbench = { store: WorkbenchStore; commands: CanvasCommands };

export const WorkbenchContext = createContext<Workbench | null>(null);

function useWorkbenchContext(): Workbench {
  const workbench = useContext(WorkbenchContext);
  if (!workbench) throw new Error('Workbench components must be rendered inside GraphWorkbench');
  return workbench;
}

/**
 * What a component reads from the workbench state; it re-renders only when that changes. Selectors
 * that build objects must remember their last answer (see workbench-selectors.ts).
 */
export function useWorkbench<T>(selector: (state: WorkbenchState) => T): T {
  const { store } = useWorkbenchContext();
  return useSyncExternalStore(store.subscribe, () => selector(store.getState()));
}

export function useWorkbenchStore(): WorkbenchStore {
  return useWorkbenchContext().store;
}

export function useWorkbenchDispatch(): WorkbenchStore['dispatch'] {
  return useWorkbenchContext().store.dispatch;
}

export function useCommands(): CanvasCommands {
  return useWorkbenchContext().commands;
}
