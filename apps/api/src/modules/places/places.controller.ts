import { Body, Query } from '@nestjs/common';

import { CurrentActor } from 'src/common/access/access.decorators';
import type { Actor } from 'src/common/access/auth-context';
import { ApiController, Endpoint } from 'src/common/http/endpoint';
import { UuidParam } from 'src/common/validation/params';
import {
  CreatePlaceDto,
  ListPlacesQueryDto,
  PlacePageResponseDto,
  PlaceResponseDto,
  UpdatePlaceDto,
} from 'src/modules/places/dto/place.dto';
import { PlacesService } from 'src/modules/places/places.service';

const read = { access: 'places:read', response: PlaceResponseDto } as const;
const write = { access: 'places:write', response: PlaceResponseDto } as const;

@ApiController('places')
export class PlacesController {
  constructor(private readonly places: PlacesService) {}

  @Endpoint.get('', {
    summary: 'Find places: the Cambodian gazetteer and foreign places, in Khmer or Latin script',
    access: 'places:read',
    response: PlacePageResponseDto,
  })
  listPlaces(@Query() query: ListPlacesQueryDto) {
    return this.places.list(query);
  }

  @Endpoint.get(':id', { ...read, summary: 'Get a place' })
  getPlace(@UuidParam('id') id: string) {
    return this.places.get(id);
  }

  @Endpoint.post('', {
    ...write,
    summary: 'Add a foreign place: a country, city, border crossing or airport',
    created: true,
  })
  createPlace(@CurrentActor() actor: Actor, @Body() dto: CreatePlaceDto) {
    return this.places.create(actor, dto);
  }

  @Endpoint.patch(':id', {
    ...write,
    summary: 'Correct a place (send the version you read)',
    conflict: true,
  })
  updatePlace(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() dto: UpdatePlaceDto,
  ) {
    return this.places.update(actor, id, dto);
  }

  @Endpoint.delete(':id', { ...write, summary: 'Archive a place (reversible by a supervisor)' })
  archivePlace(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.places.setArchived(actor, id, true);
  }

  @Endpoint.post(':id/restore', {
    ...read,
    access: 'records:restore',
    summary: 'Restore an archived place',
  })
  restorePlace(@CurrentActor() actor: Actor, @UuidParam('id') id: string) {
    return this.places.setArchived(actor, id, false);
  }
}
