import { Body } from '@nestjs/common';

import { CurrentActor } from 'src/common/access/access.decorators';
import type { Actor } from 'src/common/access/auth-context';
import { ApiController, Endpoint } from 'src/common/http/endpoint';
import { UuidParam } from 'src/common/validation/params';
import { DecideRoleGrantDto, RoleGrantResponseDto } from 'src/modules/users/dto/role-grant.dto';
import { RoleGrantsService } from 'src/modules/users/role-grants.service';

const decide = {
  access: 'role_grants:decide',
  response: RoleGrantResponseDto,
  conflict: true,
  description:
    'The requester and the account itself may not decide (403, audited). Another admin decides; a supervisor only while there is one active admin.',
} as const;

@ApiController('role-grants')
export class RoleGrantsController {
  constructor(private readonly grants: RoleGrantsService) {}

  @Endpoint.get('', {
    summary: 'Role grants awaiting a second person (two-person rule), oldest first',
    access: 'role_grants:decide',
    response: [RoleGrantResponseDto],
  })
  listPendingRoleGrants(@CurrentActor() actor: Actor) {
    return this.grants.pending(actor.auth);
  }

  @Endpoint.post(':id/approve', {
    ...decide,
    summary: 'Approve a role grant: the account gets the role and is enabled',
  })
  approveRoleGrant(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() dto: DecideRoleGrantDto,
  ) {
    return this.grants.decide(actor.auth, id, dto, 'approved', actor.origin);
  }

  @Endpoint.post(':id/decline', {
    ...decide,
    summary: 'Decline a role grant: the account keeps its role and access as they are',
  })
  declineRoleGrant(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() dto: DecideRoleGrantDto,
  ) {
    return this.grants.decide(actor.auth, id, dto, 'declined', actor.origin);
  }
}
