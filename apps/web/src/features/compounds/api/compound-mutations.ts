import type { Compound } from '@khsae/domain';

import { recordMutations } from '@/lib/record-mutations';

import type { CompoundCreateBody, CompoundPatch } from '../compound-form-values';
import { compoundKeys } from './compound-keys';
import { compoundsApi } from './compound-queries';

const writes = recordMutations<Compound, CompoundCreateBody, CompoundPatch>(
  compoundKeys,
  compoundsApi,
);
export const useCreateCompound = writes.useCreate;
export const useUpdateCompound = writes.useUpdate;
export const useArchiveCompound = writes.useArchive;
export const useRestoreCompound = writes.useRestore;
