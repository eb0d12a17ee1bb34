import type { Broker } from '@khsae/domain';

import { recordMutations } from '@/lib/record-mutations';

import type { BrokerCreateBody, BrokerPatch } from '../broker-form-values';
import { brokerKeys } from './broker-keys';
import { brokersApi } from './broker-queries';

const writes = recordMutations<Broker, BrokerCreateBody, BrokerPatch>(brokerKeys, brokersApi);
export const useCreateBroker = writes.useCreate;
export const useUpdateBroker = writes.useUpdate;
export const useArchiveBroker = writes.useArchive;
export const useRestoreBroker = writes.useRestore;
