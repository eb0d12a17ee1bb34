import { ApiController } from 'src/common/http/endpoint';
import { RecordController } from 'src/common/http/record-controller';
import {
  CreateRouteDto,
  ListRoutesQueryDto,
  RoutePageResponseDto,
  RouteResponseDto,
  UpdateRouteDto,
} from 'src/modules/routes/dto/route.dto';
import { RoutesService } from 'src/modules/routes/routes.service';

@ApiController('routes')
export class RoutesController extends RecordController({
  name: 'Route',
  plural: 'Routes',
  read: 'routes:read',
  write: 'routes:write',
  types: {
    response: RouteResponseDto,
    page: RoutePageResponseDto,
    query: ListRoutesQueryDto,
    create: CreateRouteDto,
    update: UpdateRouteDto,
  },
  summaries: {
    list: 'List recruitment routes (paginated, sortable, filterable)',
    get: 'Get a route with its legs in order',
    create: 'Record a recruitment route with its legs',
    update:
      'Change a route; `legs`, when given, replaces the ordered list (send the version you read)',
    archive: 'Archive a route (soft, audited, reversible by a supervisor)',
    restore: 'Restore an archived route',
  },
}) {
  constructor(protected readonly records: RoutesService) {
    super();
  }
}
