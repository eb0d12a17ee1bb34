import { Body, Query } from '@nestjs/common';

import { CurrentActor } from 'src/common/access/access.decorators';
import type { Actor } from 'src/common/access/auth-context';
import { ApiController, Endpoint } from 'src/common/http/endpoint';
import { UuidParam } from 'src/common/validation/params';
import { BrokersService } from 'src/modules/brokers/brokers.service';
import {
  BrokerPageResponseDto,
  BrokerResponseDto,
  CreateBrokerDto,
  ListBrokersQueryDto,
  UpdateBrokerDto,
} from 'src/modules/brokers/dto/broker.dto';

const read = { access: 'brokers:read', response: BrokerResponseDto } as const;
const write = { access: 'brokers:write', response: BrokerResponseDto } as const;

@ApiController('brokers')
export class BrokersController {
  constructor(private readonly brokers: BrokersService) {}

  @Endpoint.get('', {
    summary: 'List brokers (paginated, sortable, filterable)',
    access: 'brokers:read',
    response: BrokerPageResponseDto,
  })
  listBrokers(@Query() query: ListBrokersQueryDto) {
    return this.brokers.list(query);
  }

  @Endpoint.get(':id', { ...read, summary: 'Get a broker' })
  getBroker(@UuidParam('id') id: string) {
    return this.brokers.get(id);
  }

  @Endpoint.post('', { ...write, summary: 'Record a broker', created: true })
  createBroker(@CurrentActor() actor: Actor, @Body() dto: CreateBrokerDto) {
    return this.brokers.create(actor, dto);
  }

  @Endpoint.patch(':id', {
    ...write,
    summary: 'Change a broker (send the version you read)',
    conflict: true,
  })
  updateBroker(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() dto: UpdateBrokerDto,
  ) {
    return this.brokers.update(actor, id, dto);
  }

  @Endpoint.delete(':id', {
    ...write,
    summary: 'Archive a broker (soft, audited, reversible by a supervisor)',
  })
  archiveBroker(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.brokers.setArchived(actor, id, true);
  }

  @Endpoint.post(':id/restore', {
    ...read,
    access: 'records:restore',
    summary: 'Restore an archived broker',
  })
  restoreBroker(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.brokers.setArchived(actor, id, false);
  }
}
