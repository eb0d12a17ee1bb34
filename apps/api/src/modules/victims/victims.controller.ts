import { Body } from '@nestjs/common';

import { CurrentActor } from 'src/common/access/access.decorators';
import type { Actor } from 'src/common/access/auth-context';
import { ApiController, Endpoint } from 'src/common/http/endpoint';
import { RecordController } from 'src/common/http/record-controller';
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

@ApiController('victims')
export class VictimsController extends RecordController({
  name: 'Victim',
  plural: 'Victims',
  read: 'victims:read',
  write: 'victims:write',
  types: {
    response: VictimResponseDto,
    page: VictimPageResponseDto,
    query: ListVictimsQueryDto,
    create: CreateVictimDto,
    update: UpdateVictimDto,
  },
  summaries: {
    list: 'List victims by their pseudonymous code (paginated, sortable, filterable)',
    get: 'Get the pseudonymous record of a victim',
    create: 'Record a victim (the code is assigned)',
    update: 'Change a victim record (send the version you read)',
    archive: 'Archive a victim record (soft, audited, reversible by a supervisor)',
    restore: 'Restore an archived victim record',
  },
}) {
  constructor(protected readonly records: VictimsService) {
    super();
  }

  @Endpoint.get(':id/identity', {
    summary: "Read a victim's identity (need-to-know only; every read is audited)",
    description: 'No identity, no such victim, or no need-to-know: the same 404 for all three.',
    access: 'victims:read',
    response: VictimIdentityResponseDto,
  })
  getVictimIdentity(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.records.getIdentity(actor, id);
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
    return this.records.putIdentity(actor, id, dto);
  }
}
