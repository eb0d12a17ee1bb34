import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { Broker } from '@khsae/domain';

import { conflictingRecord } from '@/lib/forms';

import type { BrokerCreateBody, BrokerPatch } from '../broker-form-values';
import { brokerKeys } from './broker-keys';
import { brokersApi } from './broker-queries';

function useBrokerWrite<V>(write: (variables: V) => Promise<Broker>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (broker) => {
      queryClient.setQueryData(brokerKeys.detail(broker.id), broker);
      return queryClient.invalidateQueries({ queryKey: brokerKeys.lists() });
    },
    onError: (error) => {
      // Someone else saved first: show their version wherever this broker is on screen.
      const current = conflictingRecord<Broker>(error);
      if (current) queryClient.setQueryData(brokerKeys.detail(current.id), current);
    },
  });
}

export const useCreateBroker = () =>
  useBrokerWrite((body: BrokerCreateBody) => brokersApi.create(body));
export const useUpdateBroker = () =>
  useBrokerWrite(({ id, ...patch }: BrokerPatch & { id: string }) => brokersApi.update(id, patch));
export const useArchiveBroker = () => useBrokerWrite((id: string) => brokersApi.archive(id));
export const useRestoreBroker = () => useBrokerWrite((id: string) => brokersApi.restore(id));
