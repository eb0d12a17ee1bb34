import 'reflect-metadata';

import type { Permission } from '@khsae/domain';
import { Body, Query, type Type } from '@nestjs/common';

import { CurrentActor } from 'src/common/access/access.decorators';
import type { Actor } from 'src/common/access/auth-context';
import { Endpoint } from 'src/common/http/endpoint';
import { UuidParam } from 'src/common/validation/params';

/** What a record module's service answers for its six endpoints. */
export type RecordEndpoints<Query, Create, Update> = {
  list(actor: Actor, query: Query): Promise<unknown>;
  get(actor: Actor, id: string): Promise<unknown>;
  create(actor: Actor, dto: Create): Promise<unknown>;
  update(actor: Actor, id: string, dto: Update): Promise<unknown>;
  setArchived(actor: Actor, id: string, archived: boolean): Promise<unknown>;
};

export type RecordControllerSpec<Query, Create, Update> = {
  /** The record in operation names: "Broker" gives listBrokers, getBroker, createBroker, … */
  name: string;
  plural: string;
  read: Permission;
  write: Permission;
  types: {
    response: Type<unknown>;
    page: Type<unknown>;
    query: Type<Query>;
    create: Type<Create>;
    update: Type<Update>;
  };
  /** One line each, as the OpenAPI document shows them. */
  summaries: {
    list: string;
    get: string;
    create: string;
    update: string;
    archive: string;
    restore: string;
  };
};

/**
 * The six endpoints of a record type (list, get, create, update, archive, restore), declared once:
 * `class BrokersController extends RecordController({ … }) { constructor(readonly records:
 * BrokersService) { super(); } }`. Operation names stay the record's own (listBrokers, getBroker, …).
 */
export function RecordController<Q, C, U>(spec: RecordControllerSpec<Q, C, U>) {
  const { name, plural, read, write, types, summaries } = spec;
  const one = { response: types.response };
  const names = {
    list: `list${plural}`,
    get: `get${name}`,
    create: `create${name}`,
    update: `update${name}`,
    archive: `archive${name}`,
    restore: `restore${name}`,
  };

  abstract class Records {
    protected abstract readonly records: RecordEndpoints<Q, C, U>;

    @Endpoint.get('', { summary: summaries.list, access: read, response: types.page })
    [names.list](@CurrentActor() actor: Actor, @Query() query: Q) {
      return this.records.list(actor, query);
    }

    @Endpoint.get(':id', { ...one, summary: summaries.get, access: read })
    [names.get](@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
      return this.records.get(actor, id);
    }

    @Endpoint.post('', { ...one, summary: summaries.create, access: write, created: true })
    [names.create](@CurrentActor() actor: Actor, @Body() dto: C) {
      return this.records.create(actor, dto);
    }

    @Endpoint.patch(':id', { ...one, summary: summaries.update, access: write, conflict: true })
    [names.update](@CurrentActor() actor: Actor, @UuidParam('id') id: string, @Body() dto: U) {
      return this.records.update(actor, id, dto);
    }

    @Endpoint.delete(':id', { ...one, summary: summaries.archive, access: write })
    [names.archive](@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
      return this.records.setArchived(actor, id, true);
    }

    @Endpoint.post(':id/restore', { ...one, summary: summaries.restore, access: 'records:restore' })
    [names.restore](@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
      return this.records.setArchived(actor, id, false);
    }
  }

  // Validation and the OpenAPI document read a parameter's class from this metadata, which a
  // generic method cannot emit: it is written here from the spec.
  const paramTypes: Record<string, unknown[]> = {
    [names.list]: [Object, types.query],
    [names.get]: [Object, String],
    [names.create]: [Object, types.create],
    [names.update]: [Object, String, types.update],
    [names.archive]: [Object, String],
    [names.restore]: [Object, String],
  };
  for (const [method, params] of Object.entries(paramTypes)) {
    Reflect.defineMetadata('design:paramtypes', params, Records.prototype, method);
  }
  return Records;
}
