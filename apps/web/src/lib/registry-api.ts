import type { paths } from '@khsae/api-client';

import { answer, api } from './api';

/** The registry resources that answer the same five calls at `/api/<resource>`. */
export type RegistryResource = 'brokers' | 'compounds' | 'victims' | 'routes';

type Collection<R extends RegistryResource> = paths[`/api/${R}`];
type Item<R extends RegistryResource> = paths[`/api/${R}/{id}`];

/** A resource's record, page, list query and write bodies, as its OpenAPI document declares them. */
export type RegistryRecord<R extends RegistryResource> =
  Item<R>['get']['responses'][200]['content']['application/json'];
export type RegistryPage<R extends RegistryResource> =
  Collection<R>['get']['responses'][200]['content']['application/json'];
export type RegistryListQuery<R extends RegistryResource> = NonNullable<
  Collection<R>['get']['parameters']['query']
>;
export type RegistryCreateBody<R extends RegistryResource> =
  Collection<R>['post']['requestBody']['content']['application/json'];
export type RegistryPatchBody<R extends RegistryResource> =
  Item<R>['patch']['requestBody']['content']['application/json'];

/** Any registry record: what the kind-independent pages read of one. */
export type AnyRegistryRecord = RegistryRecord<RegistryResource>;

export type RegistryApi<R extends RegistryResource> = {
  list: (query: RegistryListQuery<R>, signal?: AbortSignal) => Promise<RegistryPage<R>>;
  get: (id: string, signal?: AbortSignal) => Promise<RegistryRecord<R>>;
  create: (body: RegistryCreateBody<R>) => Promise<RegistryRecord<R>>;
  update: (id: string, body: RegistryPatchBody<R>) => Promise<RegistryRecord<R>>;
  archive: (id: string) => Promise<RegistryRecord<R>>;
  restore: (id: string) => Promise<RegistryRecord<R>>;
};

/** The six calls every registry resource answers, typed by its operations in the document. */
export function registryApi<R extends RegistryResource>(resource: R): RegistryApi<R> {
  // The client types a call by its literal path: brokers' paths stand in for every resource's.
  const collection = `/api/${resource}` as '/api/brokers';
  const item = `/api/${resource}/{id}` as '/api/brokers/{id}';
  const restore = `/api/${resource}/{id}/restore` as '/api/brokers/{id}/restore';
  const id = (value: string) => ({ params: { path: { id: value } } });
  const calls: RegistryApi<'brokers'> = {
    list: (query, signal) => answer(api.GET(collection, { params: { query }, signal })),
    get: (value, signal) => answer(api.GET(item, { ...id(value), signal })),
    create: (body) => answer(api.POST(collection, { body })),
    update: (value, body) => answer(api.PATCH(item, { ...id(value), body })),
    archive: (value) => answer(api.DELETE(item, id(value))),
    restore: (value) => answer(api.POST(restore, id(value))),
  };
  return calls as RegistryApi<R>;
}
