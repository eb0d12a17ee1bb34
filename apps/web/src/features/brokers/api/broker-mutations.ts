import { recordMutations } from '@/lib/record-mutations';

import { brokerKeys } from './broker-keys';
import { brokersApi } from './broker-queries';

const writes = recordMutations(brokerKeys, brokersApi);
export const useCreateBroker = writes.useCreate;
export const useUpdateBroker = writes.useUpdate;
export const useArchiveBroker = writes.useArchive;
export const useRestoreBroker = writes.useRestore;
