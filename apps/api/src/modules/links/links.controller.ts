import { Body, Query } from '@nestjs/common';

import { CurrentActor } from 'src/common/access/access.decorators';
import type { Actor } from 'src/common/access/auth-context';
import { ApiController, Endpoint } from 'src/common/http/endpoint';
import { UuidParam } from 'src/common/validation/params';
import {
  CreateLinkDto,
  LinkPageResponseDto,
  LinkResponseDto,
  ListLinksQueryDto,
  UpdateLinkDto,
} from 'src/modules/links/dto/link.dto';
import { LinksService } from 'src/modules/links/links.service';

const read = { access: 'links:read', response: LinkResponseDto } as const;
const write = { access: 'links:write', response: LinkResponseDto } as const;

@ApiController('links')
export class LinksController {
  constructor(private readonly links: LinksService) {}

  @Endpoint.get('', {
    summary: 'List links, e.g. those from or to one record (paginated, filterable)',
    access: 'links:read',
    response: LinkPageResponseDto,
  })
  listLinks(@Query() query: ListLinksQueryDto) {
    return this.links.list(query);
  }

  @Endpoint.get(':id', { ...read, summary: 'Get a link' })
  getLink(@UuidParam('id') id: string) {
    return this.links.get(id);
  }

  @Endpoint.post('', {
    ...write,
    summary: 'Record a link between two records, with its evidence and source',
    created: true,
  })
  createLink(@CurrentActor() actor: Actor, @Body() dto: CreateLinkDto) {
    return this.links.create(actor, dto);
  }

  @Endpoint.patch(':id', {
    ...write,
    summary: 'Change a link (send the version you read)',
    conflict: true,
  })
  updateLink(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() dto: UpdateLinkDto,
  ) {
    return this.links.update(actor, id, dto);
  }

  @Endpoint.delete(':id', {
    ...write,
    summary: 'Archive a link (soft, audited, reversible by a supervisor)',
  })
  archiveLink(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.links.setArchived(actor, id, true);
  }

  @Endpoint.post(':id/restore', {
    ...read,
    access: 'records:restore',
    summary: 'Restore an archived link',
  })
  restoreLink(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.links.setArchived(actor, id, false);
  }
}
