import { cleanText } from '@khsae/domain';
import { Injectable } from '@nestjs/common';

import type { Actor } from 'src/common/access/auth-context';
import { pageResponse } from 'src/common/http/page.dto';
import { notFound, RecordWriter, type RecordType } from 'src/common/records/record-writer';
import { Database } from 'src/database/database';
import type { CompoundEntity } from 'src/modules/compounds/compound.entity';
import { toCompound } from 'src/modules/compounds/compound.mapper';
import { type CompoundRow, CompoundsRepository } from 'src/modules/compounds/compounds.repository';
import type {
  CompoundPageResponseDto,
  CompoundResponseDto,
  CreateCompoundDto,
  ListCompoundsQueryDto,
  UpdateCompoundDto,
} from 'src/modules/compounds/dto/compound.dto';
import { PlacesService } from 'src/modules/places/places.service';

/** A list as stored: without repeats; null (cleared) is the empty list. */
const listOf = <T>(values: T[] | null | undefined): T[] | undefined =>
  values === undefined ? undefined : [...new Set(values ?? [])];

/** The columns a request sets; aliases cleaned as names are, blank ones dropped. */
function columns(dto: Partial<CreateCompoundDto>): Partial<CompoundEntity> {
  return {
    ...dto,
    aliases: listOf(dto.aliases?.map((a) => cleanText(a)).filter((a) => a !== '') ?? dto.aliases),
    scamTypes: listOf(dto.scamTypes),
    indicators: listOf(dto.indicators),
  };
}

/** Compounds: the scam and forced-labour sites victims are taken to. */
@Injectable()
export class CompoundsService {
  private readonly record: RecordType<CompoundRow, Partial<CompoundEntity>>;

  constructor(
    private readonly compounds: CompoundsRepository,
    private readonly database: Database,
    private readonly places: PlacesService,
    private readonly writer: RecordWriter,
  ) {
    this.record = {
      name: 'compound',
      table: 'compounds',
      store: this.compounds,
      present: (_tx, row) => this.present(row),
      // The operator is searched as an alias: "who runs it" finds it.
      search: {
        kind: 'compound',
        fields: { name: 'name', aliases: 'alias', operator: 'alias' },
        code: { column: 'ref_code', property: 'refCode' },
      },
      references: ({ placeId }) =>
        placeId ? [{ field: 'placeId', kind: 'place', id: placeId }] : [],
    };
  }

  async list(_actor: Actor, query: ListCompoundsQueryDto): Promise<CompoundPageResponseDto> {
    const rows = await this.compounds.list(this.database.pool, query);
    return pageResponse(query, rows, (c) => this.present(c));
  }

  async get(_actor: Actor, id: string): Promise<CompoundResponseDto> {
    const compound = await this.compounds.find(this.database.pool, id);
    if (!compound) throw notFound('compound');
    return this.present(compound);
  }

  async create(actor: Actor, dto: CreateCompoundDto): Promise<CompoundResponseDto> {
    const values = { ...columns(dto), createdBy: actor.auth.user.id };
    return this.present(await this.writer.create(actor, this.record, values));
  }

  async update(actor: Actor, id: string, dto: UpdateCompoundDto): Promise<CompoundResponseDto> {
    const { version, ...changes } = dto;
    const compound = await this.writer.update(actor, this.record, id, version, columns(changes));
    return this.present(compound);
  }

  async setArchived(actor: Actor, id: string, archived: boolean): Promise<CompoundResponseDto> {
    return this.present(await this.writer.setArchived(actor, this.record, id, archived));
  }

  private present(row: CompoundRow): CompoundResponseDto {
    return toCompound(row, this.places.summaryOf(row.place));
  }
}
