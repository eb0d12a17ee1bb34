import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';

import { CurrentAuth, Origin, RequirePermission } from 'src/common/access/access.decorators';
import type { AuthContext, RequestOrigin } from 'src/common/access/auth-context';
import { UuidParam } from 'src/common/validation/params';
import {
  CreateLinkDto,
  LinkPageResponseDto,
  LinkResponseDto,
  ListLinksQueryDto,
  UpdateLinkDto,
} from 'src/modules/links/dto/link.dto';
import { LinksService } from 'src/modules/links/links.service';

@ApiTags('links')
@ApiCookieAuth()
@Controller('links')
export class LinksController {
  constructor(private readonly linksService: LinksService) {}

  @Get()
  @RequirePermission('links:read')
  @ApiOperation({ summary: 'List links, e.g. those from or to one record (paginated, filterable)' })
  @ApiOkResponse({ type: LinkPageResponseDto })
  listLinks(@Query() query: ListLinksQueryDto): Promise<LinkPageResponseDto> {
    return this.linksService.list(query);
  }

  @Get(':id')
  @RequirePermission('links:read')
  @ApiOperation({ summary: 'Get a link' })
  @ApiOkResponse({ type: LinkResponseDto })
  getLink(@UuidParam('id') id: string): Promise<LinkResponseDto> {
    return this.linksService.get(id);
  }

  @Post()
  @RequirePermission('links:write')
  @ApiOperation({ summary: 'Record a link between two records, with its evidence and source' })
  @ApiCreatedResponse({ type: LinkResponseDto })
  createLink(
    @CurrentAuth() auth: AuthContext,
    @Body() dto: CreateLinkDto,
    @Origin() origin: RequestOrigin,
  ): Promise<LinkResponseDto> {
    return this.linksService.create(auth, dto, origin);
  }

  @Patch(':id')
  @RequirePermission('links:write')
  @ApiOperation({ summary: 'Change a link (send the version you read)' })
  @ApiOkResponse({ type: LinkResponseDto })
  @ApiConflictResponse({ description: 'The version is stale; the body carries the current link' })
  updateLink(
    @CurrentAuth() auth: AuthContext,
    @UuidParam('id') id: string,
    @Body() dto: UpdateLinkDto,
    @Origin() origin: RequestOrigin,
  ): Promise<LinkResponseDto> {
    return this.linksService.update(auth, id, dto, origin);
  }

  @Delete(':id')
  @RequirePermission('links:write')
  @ApiOperation({ summary: 'Archive a link (soft, audited, reversible by a supervisor)' })
  @ApiOkResponse({ type: LinkResponseDto })
  archiveLink(
    @CurrentAuth() auth: AuthContext,
    @UuidParam('id') id: string,
    @Origin() origin: RequestOrigin,
  ): Promise<LinkResponseDto> {
    return this.linksService.setArchived(auth, id, true, origin);
  }

  @Post(':id/restore')
  @HttpCode(200)
  @RequirePermission('records:restore')
  @ApiOperation({ summary: 'Restore an archived link' })
  @ApiOkResponse({ type: LinkResponseDto })
  restoreLink(
    @CurrentAuth() auth: AuthContext,
    @UuidParam('id') id: string,
    @Origin() origin: RequestOrigin,
  ): Promise<LinkResponseDto> {
    return this.linksService.setArchived(auth, id, false, origin);
  }
}
