import { ApiController } from 'src/common/http/endpoint';
import { RecordController } from 'src/common/http/record-controller';
import {
  CreateCompoundDto,
  ListCompoundsQueryDto,
  CompoundPageResponseDto,
  CompoundResponseDto,
  UpdateCompoundDto,
} from 'src/modules/compounds/dto/compound.dto';
import { CompoundsService } from 'src/modules/compounds/compounds.service';

@ApiController('compounds')
export class CompoundsController extends RecordController({
  name: 'Compound',
  plural: 'Compounds',
  read: 'compounds:read',
  write: 'compounds:write',
  types: {
    response: CompoundResponseDto,
    page: CompoundPageResponseDto,
    query: ListCompoundsQueryDto,
    create: CreateCompoundDto,
    update: UpdateCompoundDto,
  },
  summaries: {
    list: 'List compounds (paginated, sortable, filterable)',
    get: 'Get a compound',
    create: 'Record a compound',
    update: 'Change a compound (send the version you read)',
    archive: 'Archive a compound (soft, audited, reversible by a supervisor)',
    restore: 'Restore an archived compound',
  },
}) {
  constructor(protected readonly records: CompoundsService) {
    super();
  }
}
