import type { IdentifierHolderKind } from '@khsae/domain';
import { Body, Query } from '@nestjs/common';

import { CurrentActor } from 'src/common/access/access.decorators';
import type { Actor } from 'src/common/access/auth-context';
import { ApiController, Endpoint } from 'src/common/http/endpoint';
import { UuidParam } from 'src/common/validation/params';
import {
  ApiHolderKindParam,
  AttachIdentifierDto,
  HolderKindParam,
  IdentifierResponseDto,
  SearchIdentifiersQueryDto,
  SharedIdentifierDto,
  SharedIdentifiersQueryDto,
} from 'src/modules/identifiers/dto/identifier.dto';
import { IdentifiersService } from 'src/modules/identifiers/identifiers.service';

const VICTIM_HOLDER = ' A victim holder needs victim_identity:write (403 otherwise).';

@ApiController('identifiers')
export class IdentifiersController {
  constructor(private readonly identifiers: IdentifiersService) {}

  @Endpoint.get('', {
    summary: 'Find identifiers by value, written any way, with the records holding them',
    access: 'identifiers:read',
    response: [IdentifierResponseDto],
  })
  searchIdentifiers(@CurrentActor() actor: Actor, @Query() query: SearchIdentifiersQueryDto) {
    return this.identifiers.search(actor, query);
  }

  @Endpoint.get('shared', {
    summary: "A record's identifiers, each with the other records sharing it",
    access: 'identifiers:read',
    response: [SharedIdentifierDto],
    notFound: true,
  })
  listSharedIdentifiers(
    @CurrentActor() actor: Actor,
    @Query() { holderKind, holderId }: SharedIdentifiersQueryDto,
  ) {
    return this.identifiers.forHolder(actor, { kind: holderKind, id: holderId });
  }

  @Endpoint.get(':id', {
    summary: 'Get an identifier with the records holding it',
    access: 'identifiers:read',
    response: IdentifierResponseDto,
  })
  getIdentifier(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.identifiers.get(actor, id);
  }

  @Endpoint.post('', {
    summary: `Attach an identifier to a broker, victim or compound; the same value on another record is matched to it.${VICTIM_HOLDER}`,
    access: 'identifiers:write',
    response: IdentifierResponseDto,
    created: true,
  })
  attachIdentifier(@CurrentActor() actor: Actor, @Body() dto: AttachIdentifierDto) {
    return this.identifiers.attach(actor, dto);
  }

  @Endpoint.delete(':id/holders/:holderKind/:holderId', {
    summary: `Detach an identifier from a record (soft, audited).${VICTIM_HOLDER}`,
    access: 'identifiers:write',
  })
  @ApiHolderKindParam('holderKind')
  detachIdentifier(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @HolderKindParam('holderKind') holderKind: IdentifierHolderKind,
    @UuidParam('holderId') holderId: string,
  ) {
    return this.identifiers.detach(actor, id, { kind: holderKind, id: holderId });
  }
}
