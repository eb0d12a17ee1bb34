import { Injectable } from '@nestjs/common';

import type { Actor } from 'src/common/access/auth-context';
import { pageResponse } from 'src/common/http/page.dto';
import { notFound, RecordWriter, type RecordType } from 'src/common/records/record-writer';
import { Database } from 'src/database/database';
import { brokerSearchEntries, toBroker } from 'src/modules/brokers/broker.mapper';
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
  private readonly record: RecordType<BrokerRow> = {
    name: 'broker',
    table: 'brokers',
    find: (tx, id) => this.brokers.find(tx, id),
    present: (_tx, row) => this.present(row),
    search: { kind: 'broker', entries: brokerSearchEntries },
  };

  constructor(
    private readonly brokers: BrokersRepository,
    private readonly database: Database,
    private readonly places: PlacesService,
    private readonly writer: RecordWriter,
  ) {}

  async list(query: ListBrokersQueryDto): Promise<BrokerPageResponseDto> {
    const rows = await this.brokers.list(this.database.pool, query);
    return pageResponse(query, rows, (b) => this.present(b));
  }

  async get(id: string): Promise<BrokerResponseDto> {
    const broker = await this.brokers.find(this.database.pool, id);
    if (!broker) throw notFound('broker');
    return this.present(broker);
  }

  async create(actor: Actor, dto: CreateBrokerDto): Promise<BrokerResponseDto> {
    const broker = await this.writer.create(actor, this.record, async (tx) =>
      this.checked(await this.brokers.insert(tx, { ...dto, createdBy: actor.auth.user.id }), dto),
    );
    return this.present(broker);
  }

  async update(actor: Actor, id: string, dto: UpdateBrokerDto): Promise<BrokerResponseDto> {
    const { version, ...changes } = dto;
    const broker = await this.writer.update(actor, this.record, id, dto, async (tx) => {
      const row = await this.brokers.update(tx, id, version, changes);
      return row && this.checked(row, changes);
    });
    return this.present(broker);
  }

  async setArchived(actor: Actor, id: string, archived: boolean): Promise<BrokerResponseDto> {
    return this.present(await this.writer.setArchived(actor, this.record, id, archived));
  }

  /** The home place the request set must be in use (a name to go by is the table's own rule). */
  private checked(row: BrokerRow, sent: Partial<CreateBrokerDto>): BrokerRow {
    this.places.summaryOf(row.homePlace, sent.homePlaceId ? 'homePlaceId' : undefined);
    return row;
  }

  private present(row: BrokerRow): BrokerResponseDto {
    return toBroker(row, this.places.summaryOf(row.homePlace));
  }
}
