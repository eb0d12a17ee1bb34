import { Injectable } from '@nestjs/common';

import type { Actor } from 'src/common/access/auth-context';
import { fieldError } from 'src/common/errors/field-errors';
import { pageResponse } from 'src/common/http/page.dto';
import { notFound, RecordWriter, type RecordType } from 'src/common/records/record-writer';
import { Database } from 'src/database/database';
import type {
  CreatePlaceDto,
  ListPlacesQueryDto,
  PlacePageResponseDto,
  PlaceResponseDto,
  PlaceSummaryDto,
  UpdatePlaceDto,
} from 'src/modules/places/dto/place.dto';
import { importCountries } from 'src/modules/places/gazetteer';
import { GazetteerService } from 'src/modules/places/gazetteer.service';
import type { PlaceEntity } from 'src/modules/places/place.entity';
import { toPlace } from 'src/modules/places/place.mapper';
import { type NewPlace, PlacesRepository } from 'src/modules/places/places.repository';

/** A place another record refers to, as `refSql` returns it: the summary and whether it is archived. */
export type PlaceRef = PlaceSummaryDto & { archived: boolean };

/** Places: the Cambodian gazetteer, the countries, and the foreign places investigators add. */
@Injectable()
export class PlacesService {
  private readonly record: RecordType<PlaceEntity, NewPlace>;

  constructor(
    private readonly places: PlacesRepository,
    private readonly database: Database,
    private readonly writer: RecordWriter,
    private readonly gazetteer: GazetteerService,
  ) {
    this.record = {
      name: 'place',
      table: 'places',
      store: this.places,
      present: (_tx, row) => toPlace(row),
      search: {
        kind: 'place',
        fields: { nameLatin: 'name', nameKm: 'name', code: 'code' },
      },
    };
  }

  /** The world's countries as places of kind "country" (running it twice changes nothing). */
  importCountries(): Promise<{ upserted: number }> {
    return importCountries(this.database);
  }

  /** Cambodia's administrative units from the gazetteer's file, .csv or .csv.gz (upserted by official code, recorded). */
  importGazetteerFile(file: string): Promise<{ upserted: number }> {
    return this.gazetteer.importFile(file);
  }

  async list(_actor: Actor, query: ListPlacesQueryDto): Promise<PlacePageResponseDto> {
    return pageResponse(query, await this.places.list(this.database.pool, query), toPlace);
  }

  async get(_actor: Actor, id: string): Promise<PlaceResponseDto> {
    const place = await this.places.find(this.database.pool, id);
    if (!place) throw notFound('place');
    return toPlace(place);
  }

  async create(actor: Actor, dto: CreatePlaceDto): Promise<PlaceResponseDto> {
    const place = await this.writer.create(actor, this.record, {
      kind: dto.kind,
      nameLatin: dto.nameLatin,
      nameKm: dto.nameKm ?? null,
      countryCode: dto.countryCode,
      parentId: dto.parentId ?? null,
      code: dto.code ?? null,
      lat: dto.lat ?? null,
      lng: dto.lng ?? null,
      createdBy: actor.auth.user.id,
    });
    return toPlace(place);
  }

  async update(actor: Actor, id: string, dto: UpdatePlaceDto): Promise<PlaceResponseDto> {
    const { version, ...changes } = dto;
    return toPlace(await this.writer.update(actor, this.record, id, version, changes));
  }

  async setArchived(actor: Actor, id: string, archived: boolean): Promise<PlaceResponseDto> {
    return toPlace(await this.writer.setArchived(actor, this.record, id, archived));
  }

  /** SQL for another module's statement: the place a column refers to, as a PlaceRef (JSON) or NULL. */
  refSql(column: string): string {
    return this.places.refSql(column);
  }

  /** SQL for another module's filter: the column refers to the place `:param` or a place inside it. */
  withinSql(column: string, param: string): string {
    return this.places.withinSql(column, param);
  }

  /**
   * The summary of a place a statement returned with `refSql`. When the request set the reference
   * (`field`), the place must exist and not be archived: a 400 naming the field otherwise.
   */
  summaryOf(ref: PlaceRef, field?: string): PlaceSummaryDto;
  summaryOf(ref: PlaceRef | null, field?: string): PlaceSummaryDto | null;
  summaryOf(ref: PlaceRef | null, field?: string): PlaceSummaryDto | null {
    if (field && (!ref || ref.archived)) throw fieldError(field, 'no such place');
    if (!ref) return null;
    const { archived: _archived, ...summary } = ref;
    return summary;
  }
}
