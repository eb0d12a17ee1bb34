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
import { CompoundsService } from 'src/modules/compounds/compounds.service';
import {
  CompoundPageResponseDto,
  CompoundResponseDto,
  CreateCompoundDto,
  ListCompoundsQueryDto,
  UpdateCompoundDto,
} from 'src/modules/compounds/dto/compound.dto';

@ApiTags('compounds')
@ApiCookieAuth()
@Controller('compounds')
export class CompoundsController {
  constructor(private readonly compoundsService: CompoundsService) {}

  @Get()
  @RequirePermission('compounds:read')
  @ApiOperation({ summary: 'List compounds (paginated, sortable, filterable)' })
  @ApiOkResponse({ type: CompoundPageResponseDto })
  listCompounds(@Query() query: ListCompoundsQueryDto): Promise<CompoundPageResponseDto> {
    return this.compoundsService.list(query);
  }

  @Get(':id')
  @RequirePermission('compounds:read')
  @ApiOperation({ summary: 'Get a compound' })
  @ApiOkResponse({ type: CompoundResponseDto })
  getCompound(@UuidParam('id') id: string): Promise<CompoundResponseDto> {
    return this.compoundsService.get(id);
  }

  @Post()
  @RequirePermission('compounds:write')
  @ApiOperation({ summary: 'Record a compound' })
  @ApiCreatedResponse({ type: CompoundResponseDto })
  createCompound(
    @CurrentAuth() auth: AuthContext,
    @Body() dto: CreateCompoundDto,
    @Origin() origin: RequestOrigin,
  ): Promise<CompoundResponseDto> {
    return this.compoundsService.create(auth, dto, origin);
  }

  @Patch(':id')
  @RequirePermission('compounds:write')
  @ApiOperation({ summary: 'Change a compound (send the version you read)' })
  @ApiOkResponse({ type: CompoundResponseDto })
  @ApiConflictResponse({ description: 'The version is stale; the body carries the current record' })
  updateCompound(
    @CurrentAuth() auth: AuthContext,
    @UuidParam('id') id: string,
    @Body() dto: UpdateCompoundDto,
    @Origin() origin: RequestOrigin,
  ): Promise<CompoundResponseDto> {
    return this.compoundsService.update(auth, id, dto, origin);
  }

  @Delete(':id')
  @RequirePermission('compounds:write')
  @ApiOperation({ summary: 'Archive a compound (soft, audited, reversible by a supervisor)' })
  @ApiOkResponse({ type: CompoundResponseDto })
  archiveCompound(
    @CurrentAuth() auth: AuthContext,
    @UuidParam('id') id: string,
    @Origin() origin: RequestOrigin,
  ): Promise<CompoundResponseDto> {
    return this.compoundsService.setArchived(auth, id, true, origin);
  }

  @Post(':id/restore')
  @HttpCode(200)
  @RequirePermission('records:restore')
  @ApiOperation({ summary: 'Restore an archived compound' })
  @ApiOkResponse({ type: CompoundResponseDto })
  restoreCompound(
    @CurrentAuth() auth: AuthContext,
    @UuidParam('id') id: string,
    @Origin() origin: RequestOrigin,
  ): Promise<CompoundResponseDto> {
    return this.compoundsService.setArchived(auth, id, false, origin);
  }
}
