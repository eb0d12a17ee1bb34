import { Outlet } from 'react-router';

import { PickersProvider, type Pickers } from '@/components/pickers';
import { BrokerPicker } from '@/features/brokers/components/broker-picker';
import { PlacePicker } from '@/features/places/components/place-picker';
import { RecordPicker } from '@/features/search/components/record-picker';

export const REGISTRY_PICKERS: Pickers = { PlacePicker, RecordPicker, BrokerPicker };

/** Hands the pickers (from the places, search and brokers features) to every form below. */
export function RegistryPickers() {
  return (
    <PickersProvider pickers={REGISTRY_PICKERS}>
      <Outlet />
    </PickersProvider>
  );
}
