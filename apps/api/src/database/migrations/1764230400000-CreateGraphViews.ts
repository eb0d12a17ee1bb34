import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Saved graph views: named canvases of the link-graph workbench, one owner each. */
export class CreateGraphViews1764230400000 implements MigrationInterface {
  name = 'CreateGraphViews1764230400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE graph_views (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      owner_id uuid NOT NULL,
      name text NOT NULL,
      canvas jsonb NOT NULL,
      node_count integer NOT NULL DEFAULT 0,
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      archived_at timestamptz,
      CONSTRAINT pk_graph_views PRIMARY KEY (id),
      CONSTRAINT fk_graph_views_owner_id FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE RESTRICT,
      CONSTRAINT ck_graph_views_name_length CHECK (char_length(name) BETWEEN 1 AND 120),
      CONSTRAINT ck_graph_views_canvas_object CHECK (jsonb_typeof(canvas) = 'object'),
      CONSTRAINT ck_graph_views_node_count CHECK (node_count >= 0)
    )`);
    // One active view of a name per owner, whatever the case; archived ones free the name.
    await q.query(
      `CREATE UNIQUE INDEX uq_graph_views_owner_name ON graph_views (owner_id, lower(name)) WHERE archived_at IS NULL`,
    );
    // The owner's list, newest first.
    await q.query(
      `CREATE INDEX idx_graph_views_owner_updated ON graph_views (owner_id, updated_at DESC) WHERE archived_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE graph_views`);
  }
}
