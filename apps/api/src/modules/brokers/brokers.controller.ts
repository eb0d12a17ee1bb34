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
import { BrokersService } from 'src/modules/brokers/brokers.service';
import {
  BrokerPageResponseDto,
  BrokerResponseDto,
  CreateBrokerDto,
  ListBrokersQueryDto,
  UpdateBrokerDto,
} from 'src/modules/brokers/dto/broker.dto';

@ApiTags('brokers')
@ApiCookieAuth()
@Controller('brokers')
export class BrokersController {
  constructor(private readonly brokersService: BrokersService) {}

  @Get()
  @RequirePermission('brokers:read')
  @ApiOperation({ summary: 'List brokers (paginated, sortable, filterable)' })
  @ApiOkResponse({ type: BrokerPageResponseDto })
  listBrokers(@Query() query: ListBrokersQueryDto): Promise<BrokerPageResponseDto> {
    return this.brokersService.list(query);
  }

  @Get(':id')
  @RequirePermission('brokers:read')
  @ApiOperation({ summary: 'Get a broker' })
  @ApiOkResponse({ type: BrokerResponseDto })
  getBroker(@UuidParam('id') id: string): Promise<BrokerResponseDto> {
    return this.brokersService.get(id);
  }

  @Post()
  @RequirePermission('brokers:write')
  @ApiOperation({ summary: 'Record a broker' })
  @ApiCreatedResponse({ type: BrokerResponseDto })
  createBroker(
    @CurrentAuth() auth: AuthContext,
    @Body() dto: CreateBrokerDto,
    @Origin() origin: RequestOrigin,
  ): Promise<BrokerResponseDto> {
    return this.brokersService.create(auth, dto, origin);
  }

  @Patch(':id')
  @RequirePermission('brokers:write')
  @ApiOperation({ summary: 'Change a broker (send the version you read)' })
  @ApiOkResponse({ type: BrokerResponseDto })
  @ApiConflictResponse({ description: 'The version is stale; the body carries the current record' })
  updateBroker(
    @CurrentAuth() auth: AuthContext,
    @UuidParam('id') id: string,
    @Body() dto: UpdateBrokerDto,
    @Origin() origin: RequestOrigin,
  ): Promise<BrokerResponseDto> {
    return this.brokersService.update(auth, id, dto, origin);
  }

  @Delete(':id')
  @RequirePermission('brokers:write')
  @ApiOperation({ summary: 'Archive a broker (soft, audited, reversible by a supervisor)' })
  @ApiOkResponse({ type: BrokerResponseDto })
  archiveBroker(
    @CurrentAuth() auth: AuthContext,
    @UuidParam('id') id: string,
    @Origin() origin: RequestOrigin,
  ): Promise<BrokerResponseDto> {
    return this.brokersService.setArchived(auth, id, true, origin);
  }

  @Post(':id/restore')
  @HttpCode(200)
  @RequirePermission('records:restore')
  @ApiOperation({ summary: 'Restore an archived broker' })
  @ApiOkResponse({ type: BrokerResponseDto })
  restoreBroker(
    @CurrentAuth() auth: AuthContext,
    @UuidParam('id') id: string,
    @Origin() origin: RequestOrigin,
  ): Promise<BrokerResponseDto> {
    return this.brokersService.setArchived(auth, id, false, origin);
  }
}
