import type { RecordKind } from '@khsae/domain';
import { Injectable } from '@nestjs/common';

/** Tables whose records the record kit writes: never interpolate anything else into SQL. */
export type RecordTable =
  'places' | 'brokers' | 'victims' | 'compounds' | 'routes' | 'links' | 'graph_views';

/**
 * What the rest of the product needs to know of a kind of record it does not own: its table, and how
 * a record of it is labelled elsewhere (links, search results, the graph). Each module declares its
 * own kind and registers it when it starts; the SQL expressions run over that table's columns.
 */
export type RecordKindSpec = {
  kind: RecordKind;
  table: RecordTable;
  /** SQL: the name a record goes by (a victim by its code only, never a name). */
  label: string;
  /** SQL: a second line, such as the reference code and the other script's name. */
  sublabel: string;
  /** SQL: a kind-specific fact for styling (a broker's role, a status, a place's kind), or NULL. */
  category: string;
  /** SQL: the code people quote a record by (B-0042), where answers show it beside the label; NULL if left out. */
  code?: string;
};

@Injectable()
export class RecordKinds {
  private readonly specs = new Map<RecordKind, RecordKindSpec>();

  register(spec: RecordKindSpec): void {
    this.specs.set(spec.kind, spec);
  }

  get(kind: RecordKind): RecordKindSpec {
    const spec = this.specs.get(kind);
    if (!spec) throw new Error(`record kind ${kind} is not registered by its module`);
    return spec;
  }

  all(): RecordKindSpec[] {
    return [...this.specs.values()];
  }
}
