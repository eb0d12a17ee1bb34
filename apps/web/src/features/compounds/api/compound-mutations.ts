import { recordMutations } from '@/lib/record-mutations';

import { compoundKeys } from './compound-keys';
import { compoundsApi } from './compound-queries';

const writes = recordMutations(compoundKeys, compoundsApi);
export const useCreateCompound = writes.useCreate;
export const useUpdateCompound = writes.useUpdate;
export const useArchiveCompound = writes.useArchive;
export const useRestoreCompound = writes.useRestore;
