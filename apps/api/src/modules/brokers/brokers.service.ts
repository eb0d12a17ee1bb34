import { Injectable } from '@nestjs/common';

import type { Actor } from 'src/common/access/auth-context';
import { pageResponse } from 'src/common/http/page.dto';
import { notFound, RecordWriter, type RecordType } from 'src/common/records/record-writer';
import { Database } from 'src/database/database';
import type { BrokerEntity } from 'src/modules/brokers/broker.entity';
import { toBroker } from 'src/modules/brokers/broker.mapper';
import { type BrokerRow, BrokersRepository } from 'src/modules/brokers/brokers.repository';
import type {
  BrokerPageResponseDto,
  BrokerResponseDto,
  CreateBrokerDto,
  ListBrokersQueryDto,
  UpdateBrokerDto,
} from 'src/modules/brokers/dto/broker.dto';
import { PlacesService } from 'src/modules/places/places.service';

/** Brokers: the village recruiters, transporters, foreign agents and compound managers. */
@Injectable()
export class BrokersService {
  private readonly record: RecordType<BrokerRow, Partial<BrokerEntity>>;

  constructor(
    private readonly brokers: BrokersRepository,
    private readonly database: Database,
    private readonly places: PlacesService,
    private readonly writer: RecordWriter,
  ) {
    this.record = {
      name: 'broker',
      table: 'brokers',
      store: this.brokers,
      present: (_tx, row) => this.present(row),
      search: {
        kind: 'broker',
        fields: { nameLatin: 'name', nameKm: 'name', aliases: 'alias' },
        code: { column: 'ref_code', property: 'refCode' },
      },
      references: ({ homePlaceId }) =>
        homePlaceId ? [{ field: 'homePlaceId', kind: 'place', id: homePlaceId }] : [],
    };
  }

  async list(_actor: Actor, query: ListBrokersQueryDto): Promise<BrokerPageResponseDto> {
    const rows = await this.brokers.list(this.database.pool, query);
    return pageResponse(query, rows, (b) => this.present(b));
  }

  async get(_actor: Actor, id: string): Promise<BrokerResponseDto> {
    const broker = await this.brokers.find(this.database.pool, id);
    if (!broker) throw notFound('broker');
    return this.present(broker);
  }

  async create(actor: Actor, dto: CreateBrokerDto): Promise<BrokerResponseDto> {
    const values = { ...dto, createdBy: actor.auth.user.id };
    return this.present(await this.writer.create(actor, this.record, values));
  }

  async update(actor: Actor, id: string, dto: UpdateBrokerDto): Promise<BrokerResponseDto> {
    const { version, ...changes } = dto;
    return this.present(await this.writer.update(actor, this.record, id, version, changes));
  }

  async setArchived(actor: Actor, id: string, archived: boolean): Promise<BrokerResponseDto> {
    return this.present(await this.writer.setArchived(actor, this.record, id, archived));
  }

  private present(row: BrokerRow): BrokerResponseDto {
    return toBroker(row, this.places.summaryOf(row.homePlace));
  }
}
