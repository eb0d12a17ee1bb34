import { cleanText } from '@khsae/domain';
import { Injectable } from '@nestjs/common';

import type { Actor } from 'src/common/access/auth-context';
import { fieldError } from 'src/common/errors/field-errors';
import { pageResponse } from 'src/common/http/page.dto';
import { notFound, RecordWriter, type RecordType } from 'src/common/records/record-writer';
import { Database } from 'src/database/database';
import type { CompoundEntity } from 'src/modules/compounds/compound.entity';
import { compoundSearchEntries, toCompound } from 'src/modules/compounds/compound.mapper';
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
  private readonly record: RecordType<CompoundRow> = {
    name: 'compound',
    table: 'compounds',
    find: (tx, id) => this.compounds.find(tx, id),
    present: (_tx, row) => this.present(row),
    search: { kind: 'compound', entries: compoundSearchEntries },
  };

  constructor(
    private readonly compounds: CompoundsRepository,
    private readonly database: Database,
    private readonly places: PlacesService,
    private readonly writer: RecordWriter,
  ) {}

  async list(query: ListCompoundsQueryDto): Promise<CompoundPageResponseDto> {
    const rows = await this.compounds.list(this.database.pool, query);
    return pageResponse(query, rows, (c) => this.present(c));
  }

  async get(id: string): Promise<CompoundResponseDto> {
    const compound = await this.compounds.find(this.database.pool, id);
    if (!compound) throw notFound('compound');
    return this.present(compound);
  }

  async create(actor: Actor, dto: CreateCompoundDto): Promise<CompoundResponseDto> {
    const values = { ...columns(dto), createdBy: actor.auth.user.id };
    const compound = await this.writer.create(actor, this.record, async (tx) =>
      this.checked(await this.compounds.insert(tx, values), dto),
    );
    return this.present(compound);
  }

  async update(actor: Actor, id: string, dto: UpdateCompoundDto): Promise<CompoundResponseDto> {
    const { version, ...changes } = dto;
    const compound = await this.writer.update(actor, this.record, id, dto, async (tx) => {
      const row = await this.compounds.update(tx, id, version, columns(changes));
      return row && this.checked(row, changes);
    });
    return this.present(compound);
  }

  async setArchived(actor: Actor, id: string, archived: boolean): Promise<CompoundResponseDto> {
    return this.present(await this.writer.setArchived(actor, this.record, id, archived));
  }

  /** A position is both coordinates or none, and a place the request set must be in use. */
  private checked(row: CompoundRow, sent: Partial<CreateCompoundDto>): CompoundRow {
    if ((row.lat === null) !== (row.lng === null)) {
      throw fieldError(row.lat === null ? 'lat' : 'lng', 'give both lat and lng, or neither');
    }
    this.places.summaryOf(row.place, sent.placeId ? 'placeId' : undefined);
    return row;
  }

  private present(row: CompoundRow): CompoundResponseDto {
    return toCompound(row, this.places.summaryOf(row.place));
  }
}
