import type { IdentifierHolderKind } from '@khsae/domain';
import { Body, Controller, Delete, Get, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';

import { CurrentAuth, Origin, RequirePermission } from 'src/common/access/access.decorators';
import type { AuthContext, RequestOrigin } from 'src/common/access/auth-context';
import { UuidParam } from 'src/common/validation/params';
import {
  AttachIdentifierDto,
  HolderKindParam,
  IdentifierResponseDto,
  ListIdentifiersQueryDto,
  SharedIdentifierDto,
} from 'src/modules/identifiers/dto/identifier.dto';
import { IdentifiersService } from 'src/modules/identifiers/identifiers.service';

@ApiTags('identifiers')
@ApiCookieAuth()
@ApiExtraModels(IdentifierResponseDto, SharedIdentifierDto)
@Controller('identifiers')
export class IdentifiersController {
  constructor(private readonly identifiersService: IdentifiersService) {}

  @Get()
  @RequirePermission('identifiers:read')
  @ApiOperation({
    summary:
      "A record's identifiers with the other records sharing each (holderKind + holderId), or identifiers found by value (q)",
  })
  @ApiOkResponse({
    description: 'SharedIdentifier[] for holderKind + holderId; Identifier[] for q',
    schema: {
      oneOf: [
        { type: 'array', items: { $ref: getSchemaPath(SharedIdentifierDto) } },
        { type: 'array', items: { $ref: getSchemaPath(IdentifierResponseDto) } },
      ],
    },
  })
  listIdentifiers(
    @CurrentAuth() auth: AuthContext,
    @Query() query: ListIdentifiersQueryDto,
    @Origin() origin: RequestOrigin,
  ): Promise<SharedIdentifierDto[] | IdentifierResponseDto[]> {
    return this.identifiersService.list(auth, query, origin);
  }

  @Get(':id')
  @RequirePermission('identifiers:read')
  @ApiOperation({ summary: 'Get an identifier with the records holding it' })
  @ApiOkResponse({ type: IdentifierResponseDto })
  getIdentifier(
    @CurrentAuth() auth: AuthContext,
    @UuidParam('id') id: string,
    @Origin() origin: RequestOrigin,
  ): Promise<IdentifierResponseDto> {
    return this.identifiersService.get(auth, id, origin);
  }

  @Post()
  @RequirePermission('identifiers:write')
  @ApiOperation({
    summary:
      'Attach an identifier to a broker, victim or compound; the same value on another record is matched to it',
  })
  @ApiCreatedResponse({ type: IdentifierResponseDto })
  @ApiForbiddenResponse({ description: 'A victim holder needs victim_identity:write' })
  attachIdentifier(
    @CurrentAuth() auth: AuthContext,
    @Body() dto: AttachIdentifierDto,
    @Origin() origin: RequestOrigin,
  ): Promise<IdentifierResponseDto> {
    return this.identifiersService.attach(auth, dto, origin);
  }

  @Delete(':id/holders/:holderKind/:holderId')
  @HttpCode(204)
  @RequirePermission('identifiers:write')
  @ApiOperation({ summary: 'Detach an identifier from a record (soft, audited)' })
  @ApiNoContentResponse({ description: 'Detached' })
  @ApiForbiddenResponse({ description: 'A victim holder needs victim_identity:write' })
  detachIdentifier(
    @CurrentAuth() auth: AuthContext,
    @UuidParam('id') id: string,
    @HolderKindParam('holderKind') holderKind: IdentifierHolderKind,
    @UuidParam('holderId') holderId: string,
    @Origin() origin: RequestOrigin,
  ): Promise<void> {
    return this.identifiersService.detach(auth, id, { kind: holderKind, id: holderId }, origin);
  }
}
