import type { FieldProblem } from 'src/common/errors/field-errors';

/**
 * What each named CHECK or UNIQUE constraint means to the person who broke it: the field to name
 * and the problem. The constraints hold the invariants; this says them in the users' words.
 */
export const CONSTRAINT_PROBLEMS: Record<string, FieldProblem> = {
  ck_brokers_named: {
    field: 'nameLatin',
    problem: 'give a name in Khmer or Latin script, or an alias',
  },
  ck_brokers_birth_year: { field: 'birthYear', problem: 'must be between 1900 and 2100' },
  ck_places_lat: { field: 'lat', problem: 'must be between -90 and 90' },
  ck_places_lng: { field: 'lng', problem: 'must be between -180 and 180' },
  uq_places_code: { field: 'code', problem: 'another place has this code' },
  ck_compounds_lat: { field: 'lat', problem: 'must be between -90 and 90' },
  ck_compounds_lng: { field: 'lng', problem: 'must be between -180 and 180' },
  ck_compounds_lat_with_lng: { field: 'lat', problem: 'give both lat and lng, or neither' },
  ck_compounds_lng_with_lat: { field: 'lng', problem: 'give both lat and lng, or neither' },
  ck_routes_seen: { field: 'lastSeen', problem: 'must not be before firstSeen' },
  ck_routes_money: { field: 'moneyAdvanced', problem: 'must not be negative' },
  ck_route_legs_dates: { field: 'legs', problem: 'a leg must not arrive before it departs' },
  ck_links_not_self: { field: 'toId', problem: 'a link joins two different records' },
  ck_links_dates: { field: 'endedOn', problem: 'must not be before startedOn' },
  ck_graph_views_name_length: { field: 'name', problem: 'must be 1 to 120 characters' },
  uq_identifiers_kind_value: { field: 'value', problem: 'this identifier is already recorded' },
};

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * The problem a foreign-key violation names, from PostgreSQL's detail: `Key (home_place_id)=(…) is
 * not present in table "places".` → homePlaceId: no such place.
 */
export function foreignKeyProblem(detail: string | undefined): FieldProblem | null {
  const match = /^Key \((\w+)\)=\(.*\) is not present in table "(\w+)"/.exec(detail ?? '');
  if (!match) return null;
  const [, column, table] = match;
  return { field: camel(column!), problem: `no such ${table!.replace(/s$/, '')}` };
}
