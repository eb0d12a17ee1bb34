import { Body, Query } from '@nestjs/common';

import { CurrentActor, CurrentAuth } from 'src/common/access/access.decorators';
import type { Actor, AuthContext } from 'src/common/access/auth-context';
import { ApiController, Endpoint } from 'src/common/http/endpoint';
import { UuidParam } from 'src/common/validation/params';
import {
  CreateVictimDto,
  ListVictimsQueryDto,
  PutVictimIdentityDto,
  UpdateVictimDto,
  VictimIdentityResponseDto,
  VictimPageResponseDto,
  VictimResponseDto,
} from 'src/modules/victims/dto/victim.dto';
import { VictimsService } from 'src/modules/victims/victims.service';

const read = { access: 'victims:read', response: VictimResponseDto } as const;
const write = { access: 'victims:write', response: VictimResponseDto } as const;

@ApiController('victims')
export class VictimsController {
  constructor(private readonly victims: VictimsService) {}

  @Endpoint.get('', {
    summary: 'List victims by their pseudonymous code (paginated, sortable, filterable)',
    access: 'victims:read',
    response: VictimPageResponseDto,
  })
  listVictims(@CurrentActor() actor: Actor, @Query() query: ListVictimsQueryDto) {
    return this.victims.list(actor, query);
  }

  @Endpoint.get(':id', { ...read, summary: 'Get the pseudonymous record of a victim' })
  getVictim(@CurrentAuth() auth: AuthContext, @UuidParam('id') id: string) {
    return this.victims.get(auth, id);
  }

  @Endpoint.post('', { ...write, summary: 'Record a victim (the code is assigned)', created: true })
  createVictim(@CurrentActor() actor: Actor, @Body() dto: CreateVictimDto) {
    return this.victims.create(actor, dto);
  }

  @Endpoint.patch(':id', {
    ...write,
    summary: 'Change a victim record (send the version you read)',
    conflict: true,
  })
  updateVictim(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() dto: UpdateVictimDto,
  ) {
    return this.victims.update(actor, id, dto);
  }

  @Endpoint.delete(':id', {
    ...write,
    summary: 'Archive a victim record (soft, audited, reversible by a supervisor)',
  })
  archiveVictim(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.victims.setArchived(actor, id, true);
  }

  @Endpoint.post(':id/restore', {
    ...read,
    access: 'records:restore',
    summary: 'Restore an archived victim record',
  })
  restoreVictim(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.victims.setArchived(actor, id, false);
  }

  @Endpoint.get(':id/identity', {
    summary: "Read a victim's identity (need-to-know only; every read is audited)",
    description: 'No identity, no such victim, or no need-to-know: the same 404 for all three.',
    access: 'victims:read',
    response: VictimIdentityResponseDto,
  })
  getVictimIdentity(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.victims.getIdentity(actor, id);
  }

  @Endpoint.put(':id/identity', {
    summary:
      "Record or change a victim's identity (fields left out stay; null clears; send the version when one exists)",
    description: 'A stale version, or none while an identity exists, answers 409 with it.',
    access: 'victim_identity:write',
    response: VictimIdentityResponseDto,
    conflict: true,
  })
  putVictimIdentity(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() dto: PutVictimIdentityDto,
  ) {
    return this.victims.putIdentity(actor, id, dto);
  }
}
