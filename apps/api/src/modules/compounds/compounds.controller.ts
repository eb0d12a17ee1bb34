import { Body, Query } from '@nestjs/common';

import { CurrentActor } from 'src/common/access/access.decorators';
import type { Actor } from 'src/common/access/auth-context';
import { ApiController, Endpoint } from 'src/common/http/endpoint';
import { UuidParam } from 'src/common/validation/params';
import { CompoundsService } from 'src/modules/compounds/compounds.service';
import {
  CompoundPageResponseDto,
  CompoundResponseDto,
  CreateCompoundDto,
  ListCompoundsQueryDto,
  UpdateCompoundDto,
} from 'src/modules/compounds/dto/compound.dto';

const read = { access: 'compounds:read', response: CompoundResponseDto } as const;
const write = { access: 'compounds:write', response: CompoundResponseDto } as const;

@ApiController('compounds')
export class CompoundsController {
  constructor(private readonly compounds: CompoundsService) {}

  @Endpoint.get('', {
    summary: 'List compounds (paginated, sortable, filterable)',
    access: 'compounds:read',
    response: CompoundPageResponseDto,
  })
  listCompounds(@Query() query: ListCompoundsQueryDto) {
    return this.compounds.list(query);
  }

  @Endpoint.get(':id', { ...read, summary: 'Get a compound' })
  getCompound(@UuidParam('id') id: string) {
    return this.compounds.get(id);
  }

  @Endpoint.post('', { ...write, summary: 'Record a compound', created: true })
  createCompound(@CurrentActor() actor: Actor, @Body() dto: CreateCompoundDto) {
    return this.compounds.create(actor, dto);
  }

  @Endpoint.patch(':id', {
    ...write,
    summary: 'Change a compound (send the version you read)',
    conflict: true,
  })
  updateCompound(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() dto: UpdateCompoundDto,
  ) {
    return this.compounds.update(actor, id, dto);
  }

  @Endpoint.delete(':id', {
    ...write,
    summary: 'Archive a compound (soft, audited, reversible by a supervisor)',
  })
  archiveCompound(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.compounds.setArchived(actor, id, true);
  }

  @Endpoint.post(':id/restore', {
    ...read,
    access: 'records:restore',
    summary: 'Restore an archived compound',
  })
  restoreCompound(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.compounds.setArchived(actor, id, false);
  }
}
