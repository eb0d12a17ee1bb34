import { createContext, useContext, type ComponentType, type ReactNode } from 'react';

import type { PlaceKind, RecordKind } from '@khsae/domain';

import type { PlaceSummary, RecordRef, RouteLeg } from '@/lib/api-types';

type PickerBaseProps = {
  label: ReactNode;
  description?: ReactNode;
  error?: ReactNode;
  required?: boolean;
  disabled?: boolean;
  placeholder?: string;
  w?: number | string;
  'data-testid'?: string;
};

/** A place chosen by typing its name; `{ id }` alone is looked up (e.g. from a URL filter). */
export type PlacePickerProps = PickerBaseProps & {
  value: PlaceSummary | { id: string } | null;
  onChange: (place: PlaceSummary | null) => void;
  kind?: PlaceKind;
};

/** Any record (the other end of a link, a destination compound), found through search. */
export type RecordPickerProps = PickerBaseProps & {
  kinds: readonly RecordKind[];
  value: RecordRef | null;
  onChange: (record: RecordRef | null) => void;
  /** Records that may not be chosen (the record itself). */
  excludeIds?: readonly string[];
};

export type BrokerRef = NonNullable<RouteLeg['broker']>;

export type BrokerPickerProps = PickerBaseProps & {
  value: BrokerRef | null;
  onChange: (broker: BrokerRef | null) => void;
};

export type Pickers = {
  PlacePicker: ComponentType<PlacePickerProps>;
  RecordPicker: ComponentType<RecordPickerProps>;
  BrokerPicker: ComponentType<BrokerPickerProps>;
};

const PickersContext = createContext<Pickers | null>(null);

/**
 * The pickers live in their features (places, search, brokers) and forms in others; features do not
 * import each other, so the app hands the pickers to the forms through this context.
 */
export function PickersProvider({ pickers, children }: { pickers: Pickers; children: ReactNode }) {
  return <PickersContext value={pickers}>{children}</PickersContext>;
}

export function usePickers(): Pickers {
  const pickers = useContext(PickersContext);
  if (!pickers) throw new Error('usePickers must be used below PickersProvider');
  return pickers;
}
