import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Put, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';

import { CurrentAuth, Origin, RequirePermission } from 'src/common/access/access.decorators';
import type { AuthContext, RequestOrigin } from 'src/common/access/auth-context';
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

@ApiTags('victims')
@ApiCookieAuth()
@Controller('victims')
export class VictimsController {
  constructor(private readonly victimsService: VictimsService) {}

  @Get()
  @RequirePermission('victims:read')
  @ApiOperation({
    summary: 'List victims by their pseudonymous code (paginated, sortable, filterable)',
  })
  @ApiOkResponse({ type: VictimPageResponseDto })
  listVictims(
    @CurrentAuth() auth: AuthContext,
    @Query() query: ListVictimsQueryDto,
    @Origin() origin: RequestOrigin,
  ): Promise<VictimPageResponseDto> {
    return this.victimsService.list(auth, query, origin);
  }

  @Get(':id')
  @RequirePermission('victims:read')
  @ApiOperation({ summary: 'Get the pseudonymous record of a victim' })
  @ApiOkResponse({ type: VictimResponseDto })
  getVictim(
    @CurrentAuth() auth: AuthContext,
    @UuidParam('id') id: string,
  ): Promise<VictimResponseDto> {
    return this.victimsService.get(auth, id);
  }

  @Post()
  @RequirePermission('victims:write')
  @ApiOperation({ summary: 'Record a victim (the code is assigned)' })
  @ApiCreatedResponse({ type: VictimResponseDto })
  createVictim(
    @CurrentAuth() auth: AuthContext,
    @Body() dto: CreateVictimDto,
    @Origin() origin: RequestOrigin,
  ): Promise<VictimResponseDto> {
    return this.victimsService.create(auth, dto, origin);
  }

  @Patch(':id')
  @RequirePermission('victims:write')
  @ApiOperation({ summary: 'Change a victim record (send the version you read)' })
  @ApiOkResponse({ type: VictimResponseDto })
  @ApiConflictResponse({ description: 'The version is stale; the body carries the current record' })
  updateVictim(
    @CurrentAuth() auth: AuthContext,
    @UuidParam('id') id: string,
    @Body() dto: UpdateVictimDto,
    @Origin() origin: RequestOrigin,
  ): Promise<VictimResponseDto> {
    return this.victimsService.update(auth, id, dto, origin);
  }

  @Delete(':id')
  @RequirePermission('victims:write')
  @ApiOperation({ summary: 'Archive a victim record (soft, audited, reversible by a supervisor)' })
  @ApiOkResponse({ type: VictimResponseDto })
  archiveVictim(
    @CurrentAuth() auth: AuthContext,
    @UuidParam('id') id: string,
    @Origin() origin: RequestOrigin,
  ): Promise<VictimResponseDto> {
    return this.victimsService.setArchived(auth, id, true, origin);
  }

  @Post(':id/restore')
  @HttpCode(200)
  @RequirePermission('records:restore')
  @ApiOperation({ summary: 'Restore an archived victim record' })
  @ApiOkResponse({ type: VictimResponseDto })
  restoreVictim(
    @CurrentAuth() auth: AuthContext,
    @UuidParam('id') id: string,
    @Origin() origin: RequestOrigin,
  ): Promise<VictimResponseDto> {
    return this.victimsService.setArchived(auth, id, false, origin);
  }

  @Get(':id/identity')
  @RequirePermission('victims:read')
  @ApiOperation({
    summary: "Read a victim's identity (need-to-know only; every read is audited)",
  })
  @ApiOkResponse({ type: VictimIdentityResponseDto })
  @ApiNotFoundResponse({
    description: 'No identity, no such victim, or no need-to-know (the same answer for all three)',
  })
  getVictimIdentity(
    @CurrentAuth() auth: AuthContext,
    @UuidParam('id') id: string,
    @Origin() origin: RequestOrigin,
  ): Promise<VictimIdentityResponseDto> {
    return this.victimsService.getIdentity(auth, id, origin);
  }

  @Put(':id/identity')
  @RequirePermission('victim_identity:write')
  @ApiOperation({
    summary:
      "Record or change a victim's identity (fields left out stay; null clears; send the version when one exists)",
  })
  @ApiOkResponse({ type: VictimIdentityResponseDto })
  @ApiConflictResponse({
    description: 'The version is stale, or missing while an identity exists; the body carries it',
  })
  putVictimIdentity(
    @CurrentAuth() auth: AuthContext,
    @UuidParam('id') id: string,
    @Body() dto: PutVictimIdentityDto,
    @Origin() origin: RequestOrigin,
  ): Promise<VictimIdentityResponseDto> {
    return this.victimsService.putIdentity(auth, id, dto, origin);
  }
}
