import { ApiController } from 'src/common/http/endpoint';
import { RecordController } from 'src/common/http/record-controller';
import { BrokersService } from 'src/modules/brokers/brokers.service';
import {
  BrokerPageResponseDto,
  BrokerResponseDto,
  CreateBrokerDto,
  ListBrokersQueryDto,
  UpdateBrokerDto,
} from 'src/modules/brokers/dto/broker.dto';

@ApiController('brokers')
export class BrokersController extends RecordController({
  name: 'Broker',
  plural: 'Brokers',
  read: 'brokers:read',
  write: 'brokers:write',
  types: {
    response: BrokerResponseDto,
    page: BrokerPageResponseDto,
    query: ListBrokersQueryDto,
    create: CreateBrokerDto,
    update: UpdateBrokerDto,
  },
  summaries: {
    list: 'List brokers (paginated, sortable, filterable)',
    get: 'Get a broker',
    create: 'Record a broker',
    update: 'Change a broker (send the version you read)',
    archive: 'Archive a broker (soft, audited, reversible by a supervisor)',
    restore: 'Restore an archived broker',
  },
}) {
  constructor(protected readonly records: BrokersService) {
    super();
  }
}
