import { ApiController } from 'src/common/http/endpoint';
import { RecordController } from 'src/common/http/record-controller';
import {
  CreateLinkDto,
  ListLinksQueryDto,
  LinkPageResponseDto,
  LinkResponseDto,
  UpdateLinkDto,
} from 'src/modules/links/dto/link.dto';
import { LinksService } from 'src/modules/links/links.service';

@ApiController('links')
export class LinksController extends RecordController({
  name: 'Link',
  plural: 'Links',
  read: 'links:read',
  write: 'links:write',
  types: {
    response: LinkResponseDto,
    page: LinkPageResponseDto,
    query: ListLinksQueryDto,
    create: CreateLinkDto,
    update: UpdateLinkDto,
  },
  summaries: {
    list: 'List links, e.g. those from or to one record (paginated, filterable)',
    get: 'Get a link',
    create: 'Record a link between two records, with its evidence and source',
    update: 'Change a link (send the version you read)',
    archive: 'Archive a link (soft, audited, reversible by a supervisor)',
    restore: 'Restore an archived link',
  },
}) {
  constructor(protected readonly records: LinksService) {
    super();
  }
}
