import { Injectable } from '@nestjs/common';

import type { Actor } from 'src/common/access/auth-context';
import { AuditService } from 'src/common/audit/audit.service';
import { fieldError } from 'src/common/errors/field-errors';
import { Database, type Tx } from 'src/database/database';
import type {
  ApplyGazetteerDto,
  GazetteerFileDto,
  GazetteerPreviewDto,
  GazetteerStatusDto,
  UnitChangeSetDto,
} from 'src/modules/places/dto/gazetteer.dto';
import {
  gazetteerChanges,
  gazetteerHash,
  type GazetteerRow,
  type GazetteerSource,
  type UnitChange,
  parseGazetteer,
  readGazetteerFile,
  writeGazetteer,
} from 'src/modules/places/gazetteer';
import { GazetteerRepository } from 'src/modules/places/gazetteer.repository';
import { archiveAdminUnits, storedAdminUnits } from 'src/modules/places/places.repository';

const SAMPLES = 10;

/** The gazetteer as an admin sees it: its version and counts, and a re-import previewed before it is applied. */
@Injectable()
export class GazetteerService {
  constructor(
    private readonly database: Database,
    private readonly gazetteer: GazetteerRepository,
    private readonly audit: AuditService,
  ) {}

  async status(): Promise<GazetteerStatusDto> {
    const [current, counts] = await Promise.all([
      this.gazetteer.latest(this.database.pool),
      this.gazetteer.counts(this.database.pool),
    ]);
    return { current, counts };
  }

  /** What importing the file would change; nothing is written. */
  async preview(dto: GazetteerFileDto): Promise<GazetteerPreviewDto> {
    const { rows, sha256 } = parsed(dto);
    const [stored, current] = await Promise.all([
      storedAdminUnits(this.database.pool),
      this.gazetteer.latest(this.database.pool),
    ]);
    const changes = gazetteerChanges(stored, rows);
    return {
      fileName: dto.fileName,
      sha256,
      current: current?.sha256 === sha256,
      counts: countsOf(rows),
      added: setOf(changes.added),
      renamed: setOf(changes.renamed),
      removed: setOf(changes.removed),
    };
  }

  /** Imports the file previewed, in one transaction with its record and its audit row. */
  async apply(actor: Actor, dto: ApplyGazetteerDto): Promise<GazetteerStatusDto> {
    const { rows, sha256 } = parsed(dto);
    if (sha256 !== dto.sha256)
      throw fieldError('sha256', 'is not the hash of this file: preview the file again');
    await this.importRows(
      rows,
      { fileName: dto.fileName, fileDate: dto.fileDate ?? null, sha256 },
      actor,
    );
    return this.status();
  }

  /** A file on disk (the shipped gazetteer or KHSAE_GAZETTEER_PATH), recorded like an upload. */
  async importFile(file: string): Promise<{ upserted: number }> {
    const { rows, source } = await readGazetteerFile(file);
    await this.importRows(rows, source, null);
    return { upserted: rows.length };
  }

  private importRows(rows: GazetteerRow[], source: GazetteerSource, actor: Actor | null) {
    return this.database.transaction(async (tx) => {
      const { id, counts } = await importRecorded(
        tx,
        this.gazetteer,
        rows,
        source,
        actor?.auth.user.id ?? null,
      );
      if (actor)
        await this.audit.record(tx, {
          action: 'update',
          outcome: 'success',
          origin: actor.origin,
          actor: actor.auth.user,
          resourceType: 'gazetteer',
          resourceIds: [id],
          details: { fileName: source.fileName, sha256: source.sha256, ...counts },
        });
    });
  }
}

/**
 * Imports the rows inside the caller's transaction: units upserted by code, those the file no longer
 * lists archived, and the import recorded with what it changed (the CLI and the admin screen share it).
 */
export async function importRecorded(
  tx: Tx,
  gazetteer: GazetteerRepository,
  rows: GazetteerRow[],
  source: GazetteerSource,
  by: string | null,
): Promise<{
  id: string;
  counts: { units: number; added: number; renamed: number; removed: number };
}> {
  await gazetteer.allowLongWork(tx);
  const changes = gazetteerChanges(await storedAdminUnits(tx), rows);
  await writeGazetteer(tx, rows);
  const removed = changes.removed.map((c) => c.code);
  if (removed.length) await archiveAdminUnits(tx, removed, by);
  const counts = {
    units: rows.length,
    added: changes.added.length,
    renamed: changes.renamed.length,
    removed: removed.length,
  };
  return { id: await gazetteer.record(tx, source, counts, by), counts };
}

/** The upload's rows and hash; a file that is not the gazetteer's CSV is a 400 naming `content`. */
function parsed(dto: GazetteerFileDto): { rows: GazetteerRow[]; sha256: string } {
  let rows: GazetteerRow[];
  try {
    rows = parseGazetteer(dto.content);
  } catch (err) {
    throw fieldError('content', err instanceof Error ? err.message : 'is not the gazetteer CSV');
  }
  if (!rows.length) throw fieldError('content', 'holds no administrative units');
  const codes = new Set(rows.map((r) => r.code));
  const orphan = rows.find((r) => r.parentCode !== null && !codes.has(r.parentCode));
  if (orphan)
    throw fieldError(
      'content',
      `unit ${orphan.code} names a parent ${orphan.parentCode} the file lacks`,
    );
  if (codes.size !== rows.length) throw fieldError('content', 'lists a code more than once');
  return { rows, sha256: gazetteerHash(dto.content) };
}

function countsOf(rows: GazetteerRow[]) {
  const n = (level: GazetteerRow['level']) => rows.filter((r) => r.level === level).length;
  return {
    province: n('province'),
    district: n('district'),
    commune: n('commune'),
    village: n('village'),
  };
}

function setOf(changes: UnitChange[]): UnitChangeSetDto {
  return {
    count: changes.length,
    samples: [...changes]
      .sort((a, b) => a.code.localeCompare(b.code))
      .slice(0, SAMPLES) as UnitChangeSetDto['samples'],
  };
}
