import { ApiController } from 'src/common/http/endpoint';
import { RecordController } from 'src/common/http/record-controller';
import {
  CreatePlaceDto,
  ListPlacesQueryDto,
  PlacePageResponseDto,
  PlaceResponseDto,
  UpdatePlaceDto,
} from 'src/modules/places/dto/place.dto';
import { PlacesService } from 'src/modules/places/places.service';

@ApiController('places')
export class PlacesController extends RecordController({
  name: 'Place',
  plural: 'Places',
  read: 'places:read',
  write: 'places:write',
  types: {
    response: PlaceResponseDto,
    page: PlacePageResponseDto,
    query: ListPlacesQueryDto,
    create: CreatePlaceDto,
    update: UpdatePlaceDto,
  },
  summaries: {
    list: 'Find places: the Cambodian gazetteer and foreign places, in Khmer or Latin script',
    get: 'Get a place',
    create: 'Add a foreign place: a country, city, border crossing or airport',
    update: 'Correct a place (send the version you read)',
    archive: 'Archive a place (reversible by a supervisor)',
    restore: 'Restore an archived place',
  },
}) {
  constructor(protected readonly records: PlacesService) {
    super();
  }
}
