import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
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
  CreatePlaceDto,
  ListPlacesQueryDto,
  PlacePageResponseDto,
  PlaceResponseDto,
  UpdatePlaceDto,
} from 'src/modules/places/dto/place.dto';
import { PlacesService } from 'src/modules/places/places.service';

@ApiTags('places')
@ApiCookieAuth()
@Controller('places')
export class PlacesController {
  constructor(private readonly placesService: PlacesService) {}

  @Get()
  @RequirePermission('places:read')
  @ApiOperation({
    summary: 'Find places: the Cambodian gazetteer and foreign places, in Khmer or Latin script',
  })
  @ApiOkResponse({ type: PlacePageResponseDto })
  listPlaces(@Query() query: ListPlacesQueryDto): Promise<PlacePageResponseDto> {
    return this.placesService.list(query);
  }

  @Get(':id')
  @RequirePermission('places:read')
  @ApiOperation({ summary: 'Get a place' })
  @ApiOkResponse({ type: PlaceResponseDto })
  getPlace(@UuidParam('id') id: string): Promise<PlaceResponseDto> {
    return this.placesService.get(id);
  }

  @Post()
  @RequirePermission('places:write')
  @ApiOperation({ summary: 'Add a foreign place: a country, city, border crossing or airport' })
  @ApiCreatedResponse({ type: PlaceResponseDto })
  createPlace(
    @CurrentAuth() auth: AuthContext,
    @Body() dto: CreatePlaceDto,
    @Origin() origin: RequestOrigin,
  ): Promise<PlaceResponseDto> {
    return this.placesService.create(auth, dto, origin);
  }

  @Patch(':id')
  @RequirePermission('places:write')
  @ApiOperation({ summary: 'Correct a place (send the version you read)' })
  @ApiOkResponse({ type: PlaceResponseDto })
  updatePlace(
    @CurrentAuth() auth: AuthContext,
    @UuidParam('id') id: string,
    @Body() dto: UpdatePlaceDto,
    @Origin() origin: RequestOrigin,
  ): Promise<PlaceResponseDto> {
    return this.placesService.update(auth, id, dto, origin);
  }

  @Delete(':id')
  @RequirePermission('places:write')
  @ApiOperation({ summary: 'Archive a place (reversible by a supervisor)' })
  @ApiOkResponse({ type: PlaceResponseDto })
  archivePlace(
    @CurrentAuth() auth: AuthContext,
    @UuidParam('id') id: string,
    @Origin() origin: RequestOrigin,
  ): Promise<PlaceResponseDto> {
    return this.placesService.archive(auth, id, origin, true);
  }

  @Post(':id/restore')
  @HttpCode(200)
  @RequirePermission('records:restore')
  @ApiOperation({ summary: 'Restore an archived place' })
  @ApiOkResponse({ type: PlaceResponseDto })
  restorePlace(
    @CurrentAuth() auth: AuthContext,
    @UuidParam('id') id: string,
    @Origin() origin: RequestOrigin,
  ): Promise<PlaceResponseDto> {
    return this.placesService.archive(auth, id, origin, false);
  }
}
