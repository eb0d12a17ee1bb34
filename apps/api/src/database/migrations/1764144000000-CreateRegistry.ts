import type { MigrationInterface, QueryRunner } from 'typeorm';

const enumOf = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** The investigation registry: places, brokers, victims, compounds, routes, identifiers, links, search keys. */
export class CreateRegistry1764144000000 implements MigrationInterface {
  name = 'CreateRegistry1764144000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    // Literal values: a landed migration must not change when the shared lists do.
    const enums: [string, string[]][] = [
      [
        'place_kind',
        [
          'country',
          'province',
          'district',
          'commune',
          'village',
          'city',
          'border_crossing',
          'airport',
          'other',
        ],
      ],
      ['sex', ['female', 'male', 'other', 'unknown']],
      [
        'broker_role',
        [
          'local_recruiter',
          'transporter',
          'foreign_agent',
          'compound_manager',
          'financier',
          'other',
        ],
      ],
      ['legal_status', ['unknown', 'at_large', 'arrested', 'charged', 'convicted']],
      ['age_band', ['under_14', '14_17', '18_24', '25_34', '35_44', '45_plus', 'unknown']],
      [
        'victim_status',
        ['missing', 'in_compound', 'rescued', 'in_shelter', 'repatriated', 'reintegrated'],
      ],
      [
        'exploitation_type',
        [
          'forced_criminality',
          'forced_labour',
          'sexual_exploitation',
          'child_labour',
          'forced_marriage',
          'servitude',
          'forced_begging',
          'other',
        ],
      ],
      [
        'recruitment_channel',
        [
          'facebook',
          'telegram',
          'whatsapp',
          'tiktok',
          'line',
          'wechat',
          'viber',
          'instagram',
          'online_advert',
          'in_person',
          'family_or_friends',
          'job_agency',
          'other',
        ],
      ],
      ['compound_status', ['suspected', 'active', 'raided', 'closed', 'relocated']],
      [
        'travel_mode',
        ['car', 'bus', 'minivan', 'motorbike', 'boat', 'plane', 'train', 'on_foot', 'other'],
      ],
      [
        'identifier_kind',
        [
          'phone',
          'telegram',
          'whatsapp',
          'facebook',
          'line',
          'wechat',
          'email',
          'bank_account',
          'crypto_wallet',
          'passport',
          'national_id',
          'other',
        ],
      ],
      ['record_kind', ['broker', 'victim', 'compound', 'place', 'route']],
      [
        'link_type',
        [
          'recruited',
          'transported',
          'paid',
          'works_for',
          'held_at',
          'operates',
          'associate_of',
          'family_of',
          'travelled_route',
          'shares_identifier',
          'located_in',
        ],
      ],
      ['link_source', ['case', 'tip', 'interview', 'screening', 'raid']],
      ['confidence_grade', ['confirmed', 'probable', 'possible', 'unverified']],
    ];
    for (const [name, values] of enums)
      await q.query(`CREATE TYPE ${name} AS ENUM (${enumOf(values)})`);

    // Reference codes such as B-0042: zero-padded to a minimum width, never truncated past it.
    await q.query(`CREATE FUNCTION ref_code(prefix text, n bigint, width int) RETURNS text
      LANGUAGE sql IMMUTABLE AS $$ SELECT prefix || lpad(n::text, greatest(width, length(n::text)), '0') $$`);

    // Columns every registry record has: optimistic locking, who created it, soft archive.
    const meta = `
      version integer NOT NULL DEFAULT 1,
      created_by uuid REFERENCES users (id) ON DELETE RESTRICT,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      archived_at timestamptz,
      archived_by uuid REFERENCES users (id) ON DELETE RESTRICT`;

    await q.query(`CREATE TABLE places (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      kind place_kind NOT NULL,
      code text,
      parent_id uuid,
      country_code char(2) NOT NULL,
      name_km text,
      name_latin text NOT NULL,
      name_alt text,
      path_latin text NOT NULL,
      path_km text,
      lat double precision,
      lng double precision,
      ${meta},
      CONSTRAINT pk_places PRIMARY KEY (id),
      CONSTRAINT fk_places_parent_id FOREIGN KEY (parent_id) REFERENCES places (id) ON DELETE RESTRICT,
      CONSTRAINT ck_places_lat CHECK (lat IS NULL OR lat BETWEEN -90 AND 90),
      CONSTRAINT ck_places_lng CHECK (lng IS NULL OR lng BETWEEN -180 AND 180)
    )`);
    await q.query(`CREATE UNIQUE INDEX uq_places_code ON places (code) WHERE code IS NOT NULL`);
    await q.query(`CREATE INDEX idx_places_parent_id ON places (parent_id)`);
    await q.query(`CREATE INDEX idx_places_kind ON places (kind)`);

    await q.query(`CREATE SEQUENCE broker_ref_seq`);
    await q.query(`CREATE TABLE brokers (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      ref_code text NOT NULL DEFAULT ref_code('B-', nextval('broker_ref_seq'), 4),
      name_km text,
      name_latin text,
      aliases text[] NOT NULL DEFAULT '{}',
      sex sex NOT NULL DEFAULT 'unknown',
      birth_year integer,
      nationality char(2),
      home_place_id uuid REFERENCES places (id) ON DELETE RESTRICT,
      role broker_role NOT NULL,
      legal_status legal_status NOT NULL DEFAULT 'unknown',
      notes text,
      ${meta},
      CONSTRAINT pk_brokers PRIMARY KEY (id),
      CONSTRAINT ck_brokers_named CHECK (name_km IS NOT NULL OR name_latin IS NOT NULL OR cardinality(aliases) > 0),
      CONSTRAINT ck_brokers_birth_year CHECK (birth_year IS NULL OR birth_year BETWEEN 1900 AND 2100)
    )`);
    await q.query(`CREATE UNIQUE INDEX uq_brokers_ref_code ON brokers (ref_code)`);
    await q.query(`CREATE INDEX idx_brokers_home_place_id ON brokers (home_place_id)`);

    await q.query(`CREATE SEQUENCE victim_code_seq`);
    await q.query(`CREATE TABLE victims (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      code text NOT NULL DEFAULT ref_code('V-' || to_char(now(), 'YYYY') || '-', nextval('victim_code_seq'), 6),
      sex sex NOT NULL DEFAULT 'unknown',
      age_band age_band NOT NULL DEFAULT 'unknown',
      nationality char(2),
      home_place_id uuid REFERENCES places (id) ON DELETE RESTRICT,
      recruited_on date,
      job_promised text,
      recruitment_channel recruitment_channel,
      exploitation_type exploitation_type,
      means_of_control text[] NOT NULL DEFAULT '{}',
      status victim_status NOT NULL DEFAULT 'missing',
      consent_to_share boolean NOT NULL DEFAULT false,
      notes text,
      ${meta},
      CONSTRAINT pk_victims PRIMARY KEY (id)
    )`);
    await q.query(`CREATE UNIQUE INDEX uq_victims_code ON victims (code)`);
    await q.query(`CREATE INDEX idx_victims_home_place_id ON victims (home_place_id)`);
    await q.query(`CREATE INDEX idx_victims_status ON victims (status)`);

    // Kept apart from the pseudonymous record so that no query of victims can return it by accident.
    await q.query(`CREATE TABLE victim_identities (
      victim_id uuid NOT NULL,
      full_name_km text,
      full_name_latin text,
      date_of_birth date,
      phone text,
      contact_notes text,
      id_numbers text[] NOT NULL DEFAULT '{}',
      version integer NOT NULL DEFAULT 1,
      updated_at timestamptz NOT NULL DEFAULT now(),
      updated_by uuid REFERENCES users (id) ON DELETE RESTRICT,
      CONSTRAINT pk_victim_identities PRIMARY KEY (victim_id),
      CONSTRAINT fk_victim_identities_victim_id FOREIGN KEY (victim_id) REFERENCES victims (id) ON DELETE RESTRICT
    )`);

    await q.query(`CREATE SEQUENCE compound_ref_seq`);
    await q.query(`CREATE TABLE compounds (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      ref_code text NOT NULL DEFAULT ref_code('C-', nextval('compound_ref_seq'), 4),
      name text NOT NULL,
      aliases text[] NOT NULL DEFAULT '{}',
      country_code char(2) NOT NULL,
      place_id uuid REFERENCES places (id) ON DELETE RESTRICT,
      address text,
      lat double precision,
      lng double precision,
      operator text,
      scam_types text[] NOT NULL DEFAULT '{}',
      status compound_status NOT NULL DEFAULT 'suspected',
      indicators text[] NOT NULL DEFAULT '{}',
      notes text,
      ${meta},
      CONSTRAINT pk_compounds PRIMARY KEY (id),
      CONSTRAINT ck_compounds_lat CHECK (lat IS NULL OR lat BETWEEN -90 AND 90),
      CONSTRAINT ck_compounds_lng CHECK (lng IS NULL OR lng BETWEEN -180 AND 180)
    )`);
    await q.query(`CREATE UNIQUE INDEX uq_compounds_ref_code ON compounds (ref_code)`);
    await q.query(`CREATE INDEX idx_compounds_place_id ON compounds (place_id)`);

    await q.query(`CREATE SEQUENCE route_ref_seq`);
    await q.query(`CREATE TABLE routes (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      ref_code text NOT NULL DEFAULT ref_code('R-', nextval('route_ref_seq'), 4),
      name text NOT NULL,
      origin_place_id uuid NOT NULL REFERENCES places (id) ON DELETE RESTRICT,
      destination_compound_id uuid REFERENCES compounds (id) ON DELETE RESTRICT,
      destination_place_id uuid REFERENCES places (id) ON DELETE RESTRICT,
      lure_job text,
      lure_channel recruitment_channel,
      money_advanced numeric(14, 2),
      currency char(3),
      first_seen date,
      last_seen date,
      notes text,
      ${meta},
      CONSTRAINT pk_routes PRIMARY KEY (id),
      CONSTRAINT ck_routes_seen CHECK (first_seen IS NULL OR last_seen IS NULL OR first_seen <= last_seen),
      CONSTRAINT ck_routes_money CHECK (money_advanced IS NULL OR money_advanced >= 0)
    )`);
    await q.query(`CREATE UNIQUE INDEX uq_routes_ref_code ON routes (ref_code)`);
    await q.query(`CREATE INDEX idx_routes_origin_place_id ON routes (origin_place_id)`);
    await q.query(
      `CREATE INDEX idx_routes_destination_compound_id ON routes (destination_compound_id)`,
    );

    await q.query(`CREATE TABLE route_legs (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      route_id uuid NOT NULL REFERENCES routes (id) ON DELETE CASCADE,
      position integer NOT NULL,
      from_place_id uuid NOT NULL REFERENCES places (id) ON DELETE RESTRICT,
      to_place_id uuid NOT NULL REFERENCES places (id) ON DELETE RESTRICT,
      mode travel_mode NOT NULL,
      departed_on date,
      arrived_on date,
      broker_id uuid REFERENCES brokers (id) ON DELETE RESTRICT,
      notes text,
      CONSTRAINT pk_route_legs PRIMARY KEY (id),
      CONSTRAINT uq_route_legs_route_id_position UNIQUE (route_id, position),
      CONSTRAINT ck_route_legs_dates CHECK (departed_on IS NULL OR arrived_on IS NULL OR departed_on <= arrived_on)
    )`);
    await q.query(`CREATE INDEX idx_route_legs_broker_id ON route_legs (broker_id)`);

    await q.query(`CREATE TABLE identifiers (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      kind identifier_kind NOT NULL,
      value text NOT NULL,
      display text NOT NULL,
      created_by uuid REFERENCES users (id) ON DELETE RESTRICT,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT pk_identifiers PRIMARY KEY (id),
      CONSTRAINT uq_identifiers_kind_value UNIQUE (kind, value)
    )`);
    // Finding an identifier by part of its value ("345 678").
    await q.query(
      `CREATE INDEX idx_identifiers_value_trgm ON identifiers USING gin (value gin_trgm_ops)`,
    );
    // One identifier row per normalised value: two records holding it are matched by this table.
    await q.query(`CREATE TABLE identifier_holders (
      identifier_id uuid NOT NULL REFERENCES identifiers (id) ON DELETE RESTRICT,
      holder_kind record_kind NOT NULL,
      holder_id uuid NOT NULL,
      created_by uuid REFERENCES users (id) ON DELETE RESTRICT,
      created_at timestamptz NOT NULL DEFAULT now(),
      archived_at timestamptz,
      CONSTRAINT pk_identifier_holders PRIMARY KEY (identifier_id, holder_kind, holder_id),
      CONSTRAINT ck_identifier_holders_kind CHECK (holder_kind IN ('broker', 'victim', 'compound'))
    )`);
    await q.query(`CREATE INDEX idx_identifier_holders_holder ON identifier_holders (holder_id)`);

    await q.query(`CREATE TABLE links (
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      from_kind record_kind NOT NULL,
      from_id uuid NOT NULL,
      to_kind record_kind NOT NULL,
      to_id uuid NOT NULL,
      type link_type NOT NULL,
      started_on date,
      ended_on date,
      evidence text,
      source link_source NOT NULL,
      source_ref text,
      confidence confidence_grade NOT NULL DEFAULT 'unverified',
      ${meta},
      CONSTRAINT pk_links PRIMARY KEY (id),
      CONSTRAINT ck_links_not_self CHECK (from_id <> to_id),
      CONSTRAINT ck_links_dates CHECK (started_on IS NULL OR ended_on IS NULL OR started_on <= ended_on)
    )`);
    await q.query(
      `CREATE INDEX idx_links_from_id ON links (from_id) INCLUDE (to_id, type, confidence, id) WHERE archived_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX idx_links_to_id ON links (to_id) INCLUDE (from_id, type, confidence, id) WHERE archived_at IS NULL`,
    );

    // Each record's number of active links, kept by statement-level triggers: the graph tells which
    // records on the canvas have more links than are drawn without counting every link again.
    await q.query(`CREATE TABLE link_degrees (
      record_id uuid NOT NULL,
      degree integer NOT NULL DEFAULT 0,
      CONSTRAINT pk_link_degrees PRIMARY KEY (record_id)
    )`);
    // Transition tables exist only for the events that have them, so each event gets its own trigger.
    await q.query(`CREATE FUNCTION link_degrees_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO link_degrees (record_id, degree)
        SELECT id, count(*) FROM (
          SELECT from_id AS id FROM new_links WHERE archived_at IS NULL
          UNION ALL SELECT to_id FROM new_links WHERE archived_at IS NULL
        ) x GROUP BY id ORDER BY id
        ON CONFLICT (record_id) DO UPDATE SET degree = link_degrees.degree + EXCLUDED.degree;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE FUNCTION link_degrees_on_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO link_degrees (record_id, degree)
        SELECT id, sum(delta) FROM (
          SELECT from_id AS id, 1 AS delta FROM new_links WHERE archived_at IS NULL
          UNION ALL SELECT to_id, 1 FROM new_links WHERE archived_at IS NULL
          UNION ALL SELECT from_id, -1 FROM old_links WHERE archived_at IS NULL
          UNION ALL SELECT to_id, -1 FROM old_links WHERE archived_at IS NULL
        ) x GROUP BY id HAVING sum(delta) <> 0 ORDER BY id
        ON CONFLICT (record_id) DO UPDATE SET degree = link_degrees.degree + EXCLUDED.degree;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE FUNCTION link_degrees_on_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE link_degrees d SET degree = d.degree - x.n FROM (
          SELECT id, count(*) AS n FROM (
            SELECT from_id AS id FROM old_links WHERE archived_at IS NULL
            UNION ALL SELECT to_id FROM old_links WHERE archived_at IS NULL
          ) y GROUP BY id
        ) x WHERE d.record_id = x.id;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER trg_links_degree_insert AFTER INSERT ON links
      REFERENCING NEW TABLE AS new_links FOR EACH STATEMENT EXECUTE FUNCTION link_degrees_on_insert()`);
    await q.query(`CREATE TRIGGER trg_links_degree_update AFTER UPDATE ON links
      REFERENCING OLD TABLE AS old_links NEW TABLE AS new_links FOR EACH STATEMENT EXECUTE FUNCTION link_degrees_on_change()`);
    await q.query(`CREATE TRIGGER trg_links_degree_delete AFTER DELETE ON links
      REFERENCING OLD TABLE AS old_links FOR EACH STATEMENT EXECUTE FUNCTION link_degrees_on_delete()`);

    // Search keys of every searchable name, alias, code and identifier (normalised by searchKey()).
    // `restricted` rows (victim names) are only searched for callers allowed to read identities;
    // `archived` rows belong to archived records, hidden from the global search but kept for restoring.
    await q.query(`CREATE TABLE search_entries (
      id bigint GENERATED ALWAYS AS IDENTITY,
      record_kind record_kind NOT NULL,
      record_id uuid NOT NULL,
      field text NOT NULL,
      text text NOT NULL,
      key text NOT NULL,
      restricted boolean NOT NULL DEFAULT false,
      archived boolean NOT NULL DEFAULT false,
      CONSTRAINT pk_search_entries PRIMARY KEY (id)
    )`);
    await q.query(`CREATE INDEX idx_search_entries_record ON search_entries (record_id)`);
    await q.query(
      `CREATE INDEX idx_search_entries_key_trgm ON search_entries USING gin (key gin_trgm_ops)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'search_entries',
      'link_degrees',
      'links',
      'identifier_holders',
      'identifiers',
      'route_legs',
      'routes',
      'compounds',
      'victim_identities',
      'victims',
      'brokers',
      'places',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
    for (const seq of ['route_ref_seq', 'compound_ref_seq', 'victim_code_seq', 'broker_ref_seq']) {
      await q.query(`DROP SEQUENCE ${seq}`);
    }
    await q.query(`DROP FUNCTION ref_code(text, bigint, int)`);
    for (const fn of [
      'link_degrees_on_insert',
      'link_degrees_on_change',
      'link_degrees_on_delete',
    ]) {
      await q.query(`DROP FUNCTION ${fn}()`);
    }
    for (const type of [
      'confidence_grade',
      'link_source',
      'link_type',
      'record_kind',
      'identifier_kind',
      'travel_mode',
      'compound_status',
      'recruitment_channel',
      'exploitation_type',
      'victim_status',
      'age_band',
      'legal_status',
      'broker_role',
      'sex',
      'place_kind',
    ]) {
      await q.query(`DROP TYPE ${type}`);
    }
  }
}
