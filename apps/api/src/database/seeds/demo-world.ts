import {
  type BrokerRole,
  normalizeIdentifier,
  type IdentifierKind,
  type LinkType,
  type RecordKind,
  searchKey,
} from '@khsae/domain';
import type { Tx } from 'src/database/database';
import { bulkInsert } from 'src/database/seeds/bulk-insert';
import { Random } from 'src/database/seeds/random';

/** A DataSource, or the API's Database: whatever runs work in one transaction. */
type Transactions = { transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> };

/**
 * A synthetic, internally consistent investigation world for demos and benchmarks: villages in real
 * provinces (from the gazetteer when it was imported) losing people to a few broker networks, routes
 * through border crossings and airports to compounds in several countries, victims at every stage, and
 * one phone number that ties two networks together. Every name, number and record is invented.
 */
export type DemoScale = {
  networks: number;
  brokersPerNetwork: number;
  victims: number;
  extraLinks: number;
  identities: boolean;
};

export const DEMO_SCALES = {
  small: { networks: 4, brokersPerNetwork: 10, victims: 160, extraLinks: 0, identities: true },
  national: {
    networks: 400,
    brokersPerNetwork: 60,
    victims: 226_000,
    extraLinks: 500_000,
    identities: false,
  },
} satisfies Record<string, DemoScale>;

export type DemoSummary = {
  places: number;
  brokers: number;
  victims: number;
  compounds: number;
  routes: number;
  links: number;
  identifiers: number;
};

const HOME_VILLAGE = {
  source: 'interview',
  confidence: 'confirmed',
  evidence: 'Synthetic: home village as given in the interview.',
};
/**
 * The real villages (NCDD codes) each of the first four networks recruits in, near the border crossing
 * or airport its route takes: the same villages on every machine.
 */
export const DEMO_VILLAGES: readonly (readonly string[])[] = [
  // Kampong Speu and Takeo, towards Phnom Penh's airport and Sihanoukville.
  ['05010108', '05031015', '05071013', '21010202', '21050212', '21090209'],
  // Banteay Meanchey and Battambang, towards Poipet.
  ['01020108', '01040111', '01070114', '02010201', '02040707', '02090208'],
  // Svay Rieng and Prey Veng, towards Bavet.
  ['20010404', '20040513', '20051005', '14010108', '14040403', '14090206'],
  // Siem Reap and Oddar Meanchey, towards Poipet.
  ['17010108', '17060204', '17100308', '22010108', '22020222', '22040317'],
];
/** Provinces whose villages the further networks of the national scale recruit in. */
const PROVINCE_CODES = ['01', '02', '05', '14', '20', '03', '06', '17', '21', '22'];
/** Age bands a demo victim may be in when recruited, with their ages. */
const DEMO_AGES = {
  '14_17': [14, 17],
  '18_24': [18, 24],
  '25_34': [25, 34],
  '35_44': [35, 44],
} as const;
const DAY_MS = 86_400_000;
/** A calendar day `days` after an ISO date. */
const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const GIVEN = [
  'Sokha',
  'Dara',
  'Sophea',
  'Vanna',
  'Chenda',
  'Kosal',
  'Piseth',
  'Sreymom',
  'Rathana',
  'Bopha',
  'Visal',
  'Malis',
  'Sovann',
  'Thida',
  'Vuthy',
  'Nary',
  'Samnang',
  'Leakhena',
  'Rithy',
  'Kunthea',
];
const GIVEN_KM = [
  'សុខា',
  'ដារ៉ា',
  'សុភា',
  'វណ្ណា',
  'ចិន្ដា',
  'កុសល',
  'ពិសិដ្ឋ',
  'ស្រីមុំ',
  'រតនា',
  'បុប្ផា',
  'វិសាល',
  'ម្លិះ',
  'សុវណ្ណ',
  'ធីតា',
  'វុទ្ធី',
  'ណារី',
  'សំណាង',
  'លក្ខិណា',
  'រិទ្ធី',
  'គន្ធា',
];
const FAMILY = [
  'Chea',
  'Sok',
  'Kim',
  'Chan',
  'Heng',
  'Lim',
  'Seng',
  'Meas',
  'Prak',
  'Ouk',
  'Keo',
  'Nuon',
  'Sam',
  'Touch',
  'Yim',
];
const FAMILY_KM = [
  'ជា',
  'សុខ',
  'គីម',
  'ចាន់',
  'ហេង',
  'លឹម',
  'សេង',
  'មាស',
  'ប្រាក់',
  'អ៊ុក',
  'កែវ',
  'នួន',
  'សំ',
  'ទូច',
  'យឹម',
];
const FOREIGN_NAMES = [
  'Li Wei',
  'Zhang Hao',
  'Somchai P.',
  'Aung Ko',
  'Chen Jun',
  'Nguyen Van T.',
  'Wang Lei',
  'Kyaw Zin',
];
const JOBS = [
  'casino dealer in Sihanoukville',
  'factory work in Thailand',
  'call-centre job abroad',
  'restaurant work in Bangkok',
  'online customer service',
  'construction work in Malaysia',
  'translator for an online company',
];
const COMPOUND_NAMES = [
  'Golden Lotus Park',
  'Jade River Compound',
  'Shwe Garden Tech Zone',
  'Blue Harbour Building C',
  'Phoenix Resort Annex',
  'Silver Crane Industrial',
  'Royal Orchid Plaza',
  'Sunrise Digital Park',
];
const FRONTS = [
  'Lotus Digital Co. Ltd',
  'Jade River Trading',
  'Shwe Tech Services',
  'Blue Harbour Investment',
  'Phoenix Entertainment Group',
];

type Ref = { kind: RecordKind; id: string };
type PlaceRow = {
  id: string;
  code: string | null;
  kind: string;
  name_latin: string;
  country_code: string;
};

/** Foreign transit points and destinations added to the countries by the demo. */
const FOREIGN_PLACES = [
  {
    key: 'poipet',
    kind: 'border_crossing',
    name: 'Poipet border checkpoint',
    km: 'ច្រកព្រំដែនប៉ោយប៉ែត',
    country: 'KH',
    code: 'DEMO-POIPET',
  },
  {
    key: 'aranyaprathet',
    kind: 'border_crossing',
    name: 'Aranyaprathet',
    km: null,
    country: 'TH',
    code: 'DEMO-ARANYA',
  },
  {
    key: 'bavet',
    kind: 'border_crossing',
    name: 'Bavet border checkpoint',
    km: 'ច្រកព្រំដែនបាវិត',
    country: 'KH',
    code: 'DEMO-BAVET',
  },
  { key: 'maesot', kind: 'city', name: 'Mae Sot', km: null, country: 'TH', code: 'DEMO-MAESOT' },
  {
    key: 'myawaddy',
    kind: 'city',
    name: 'Myawaddy',
    km: null,
    country: 'MM',
    code: 'DEMO-MYAWADDY',
  },
  {
    key: 'bangkok',
    kind: 'city',
    name: 'Bangkok',
    km: 'បាងកក',
    country: 'TH',
    code: 'DEMO-BANGKOK',
  },
  {
    key: 'pnh',
    kind: 'airport',
    name: 'Phnom Penh International Airport',
    km: 'អាកាសយានដ្ឋានអន្តរជាតិភ្នំពេញ',
    country: 'KH',
    code: 'PNH',
  },
  {
    key: 'bkk',
    kind: 'airport',
    name: 'Suvarnabhumi Airport',
    km: null,
    country: 'TH',
    code: 'BKK',
  },
  {
    key: 'kul',
    kind: 'airport',
    name: 'Kuala Lumpur International Airport',
    km: null,
    country: 'MY',
    code: 'KUL',
  },
  {
    key: 'tonpheung',
    kind: 'city',
    name: 'Ton Pheung',
    km: null,
    country: 'LA',
    code: 'DEMO-TONPHEUNG',
  },
  {
    key: 'sihanoukville',
    kind: 'city',
    name: 'Sihanoukville',
    km: 'ក្រុងព្រះសីហនុ',
    country: 'KH',
    code: 'DEMO-SIHANOUKVILLE',
  },
] as const;

/** Destination countries of the networks' compounds and the transit point that leads there. */
const DESTINATIONS = [
  { country: 'KH', city: 'sihanoukville', via: ['pnh'] },
  { country: 'MM', city: 'myawaddy', via: ['poipet', 'aranyaprathet', 'bangkok', 'maesot'] },
  { country: 'LA', city: 'tonpheung', via: ['bavet', 'pnh'] },
  { country: 'TH', city: 'bangkok', via: ['poipet', 'aranyaprathet'] },
] as const;

/** Whether the registry has never held a broker: the demo world is generated on such a registry only. */
export async function neverHeldABroker(tx: Tx): Promise<boolean> {
  const [row] = await tx.query<{ any: boolean }[]>('SELECT EXISTS (SELECT 1 FROM brokers) AS any');
  return !row?.any;
}

export async function generateDemoWorld(
  database: Transactions,
  scale: DemoScale,
  seed = 2026,
): Promise<DemoSummary> {
  const rnd = new Random(seed);
  return database.transaction(async (em) => {
    const places = await ensurePlaces(em, rnd);
    const villages = await villagesFor(em, scale);
    const brokers: Record<string, unknown>[] = [];
    const victims: Record<string, unknown>[] = [];
    const identities: Record<string, unknown>[] = [];
    const compounds: Record<string, unknown>[] = [];
    const routes: Record<string, unknown>[] = [];
    const legs: Record<string, unknown>[] = [];
    const links: Record<string, unknown>[] = [];
    const search: Record<string, unknown>[] = [];
    // When victims travelled each route: a route is first and last seen no later and no earlier.
    const travelled: { route: string; on: string }[] = [];
    const identifiers = new Map<
      string,
      { id: string; kind: IdentifierKind; value: string; display: string; holders: Ref[] }
    >();

    const addSearch = (
      ref: Ref,
      field: string,
      source: string,
      text: string | null,
      restricted = false,
    ) => {
      if (!text) return;
      const key = searchKey(text);
      if (key)
        search.push({
          record_kind: ref.kind,
          record_id: ref.id,
          field,
          source,
          text,
          key,
          restricted,
        });
    };
    const link = (
      from: Ref,
      to: Ref,
      type: LinkType,
      extra: Partial<Record<string, unknown>> = {},
    ) => {
      if (from.id === to.id) return;
      links.push({
        id: rnd.uuid(),
        from_kind: from.kind,
        from_id: from.id,
        to_kind: to.kind,
        to_id: to.id,
        type,
        source: rnd.pick(['interview', 'tip', 'raid', 'screening', 'case']),
        confidence: rnd.pick(['confirmed', 'probable', 'probable', 'possible', 'unverified']),
        started_on: rnd.date(2022, 2025),
        evidence: 'Synthetic demo link.',
        ...extra,
      });
    };
    const identify = (holder: Ref, kind: IdentifierKind, raw: string) => {
      const { value, display } = normalizeIdentifier(kind, raw);
      const key = `${kind}:${value}`;
      const existing = identifiers.get(key) ?? {
        id: rnd.uuid(),
        kind,
        value,
        display,
        holders: [],
      };
      existing.holders.push(holder);
      identifiers.set(key, existing);
      addSearch(holder, 'identifier', 'identifiers', display, holder.kind === 'victim');
    };
    const phone = () =>
      `0${rnd.pick(['12', '15', '16', '17', '69', '70', '77', '78', '85', '89', '92', '93', '97', '98'])}${String(rnd.int(100_000, 999_999))}`;
    const khmerName = () => {
      const f = rnd.int(0, FAMILY.length - 1);
      const g = rnd.int(0, GIVEN.length - 1);
      return { latin: `${FAMILY[f]} ${GIVEN[g]}`, km: `${FAMILY_KM[f]} ${GIVEN_KM[g]}` };
    };

    const networkManagers: Ref[][] = [];
    let brokerNo = 0;
    let victimNo = 0;
    const networkRecruiters: Ref[][] = [];
    const networkTransporters: Ref[][] = [];
    for (let n = 0; n < scale.networks; n += 1) {
      const destination = DESTINATIONS[n % DESTINATIONS.length]!;
      const networkVillages =
        villages.named[n] ?? Array.from({ length: 6 }, () => rnd.pick(villages.all));
      // Compounds of this network.
      const compoundRefs: Ref[] = [];
      for (let c = 0; c < 2; c += 1) {
        const id = rnd.uuid();
        const ref: Ref = { kind: 'compound', id };
        const name = `${COMPOUND_NAMES[(n * 2 + c) % COMPOUND_NAMES.length]}${scale.networks > COMPOUND_NAMES.length / 2 ? ` ${n + 1}` : ''}`;
        compounds.push({
          id,
          name,
          aliases: [`${name.split(' ')[0]} zone`],
          country_code: destination.country,
          place_id: places[destination.city],
          operator: rnd.pick(FRONTS),
          scam_types: [
            rnd.pick([
              'pig_butchering',
              'crypto_investment',
              'phishing',
              'impersonation',
              'online_gambling',
            ]),
          ],
          status: rnd.pick(['suspected', 'active', 'active', 'raided', 'relocated']),
          indicators: [
            'guarded_gates',
            'barbed_wire',
            ...(rnd.chance(0.5) ? ['tinted_windows'] : []),
          ],
          notes: 'Synthetic demo compound.',
        });
        addSearch(ref, 'name', 'name', name);
        compoundRefs.push(ref);
        link(ref, { kind: 'place', id: places[destination.city]! }, 'located_in', {
          confidence: 'confirmed',
        });
      }
      // Brokers: recruiters in the villages, transporters, foreign agents and compound managers.
      const roles: BrokerRole[] = Array.from({ length: scale.brokersPerNetwork }, (_, i) =>
        i < scale.brokersPerNetwork * 0.5
          ? 'local_recruiter'
          : i < scale.brokersPerNetwork * 0.7
            ? 'transporter'
            : i < scale.brokersPerNetwork * 0.9
              ? 'foreign_agent'
              : 'compound_manager',
      );
      const byRole: Record<BrokerRole, Ref[]> = {
        local_recruiter: [],
        transporter: [],
        foreign_agent: [],
        compound_manager: [],
        financier: [],
        other: [],
      };
      for (const role of roles) {
        brokerNo += 1;
        const id = rnd.uuid();
        const ref: Ref = { kind: 'broker', id };
        const local = role === 'local_recruiter' || role === 'transporter';
        const name = local
          ? khmerName()
          : { latin: `${rnd.pick(FOREIGN_NAMES)} ${brokerNo}`, km: null };
        const alias = rnd.chance(0.4) ? `Bong ${rnd.pick(GIVEN)}` : null;
        const home = local ? rnd.pick(networkVillages) : null;
        const refCode = `B-${String(brokerNo).padStart(4, '0')}`;
        brokers.push({
          id,
          ref_code: refCode,
          name_latin: name.latin,
          name_km: name.km,
          aliases: alias ? [alias] : [],
          sex: rnd.chance(0.7) ? 'male' : 'female',
          birth_year: rnd.int(1965, 2002),
          nationality: local ? 'KH' : rnd.pick(['TH', 'MM', 'CN', 'CN', 'VN']),
          home_place_id: home,
          role,
          legal_status: rnd.pick([
            'at_large',
            'at_large',
            'at_large',
            'arrested',
            'charged',
            'convicted',
            'unknown',
          ]),
          notes: 'Synthetic demo broker.',
        });
        addSearch(ref, 'name', 'nameLatin', name.latin);
        addSearch(ref, 'name', 'nameKm', name.km);
        addSearch(ref, 'alias', 'aliases', alias);
        addSearch(ref, 'code', 'refCode', refCode);
        byRole[role].push(ref);
        // The village shows on the graph only through a link: the home village as an investigator records it.
        if (home) link(ref, { kind: 'place', id: home }, 'located_in', HOME_VILLAGE);
        identify(ref, 'phone', phone());
        if (role === 'foreign_agent' || rnd.chance(0.2))
          identify(
            ref,
            'telegram',
            `@${(name.latin.split(' ')[0] ?? 'agent').toLowerCase()}_${brokerNo}`,
          );
      }
      // The chain: recruiters work for agents, agents for managers, managers operate compounds.
      for (const r of byRole.local_recruiter) {
        const agent = byRole.foreign_agent.length ? rnd.pick(byRole.foreign_agent) : null;
        if (agent) {
          link(r, agent, 'works_for');
          if (rnd.chance(0.5))
            link(agent, r, 'paid', { evidence: 'Synthetic: transfers per recruit.' });
        }
        if (rnd.chance(0.3)) link(r, rnd.pick(byRole.local_recruiter), 'associate_of');
      }
      for (const a of byRole.foreign_agent)
        if (byRole.compound_manager.length) link(a, rnd.pick(byRole.compound_manager), 'works_for');
      for (const m of byRole.compound_manager) link(m, rnd.pick(compoundRefs), 'operates');
      for (const tr of byRole.transporter)
        if (byRole.foreign_agent.length) link(tr, rnd.pick(byRole.foreign_agent), 'works_for');
      networkManagers.push(byRole.compound_manager);
      networkRecruiters.push(byRole.local_recruiter);
      networkTransporters.push(byRole.transporter);

      // Routes from this network's villages to its compounds.
      const routeRefs: Ref[] = [];
      for (let r = 0; r < 2; r += 1) {
        const id = rnd.uuid();
        const ref: Ref = { kind: 'route', id };
        const origin = rnd.pick(networkVillages);
        const stops = [
          origin,
          ...destination.via.map((k) => places[k]!),
          places[destination.city]!,
        ];
        const refCode = `R-${String(routes.length + 1).padStart(4, '0')}`;
        const name = `Network ${n + 1} route ${r + 1} to ${destination.country}`;
        routes.push({
          id,
          ref_code: refCode,
          name,
          origin_place_id: origin,
          destination_compound_id: compoundRefs[r % compoundRefs.length]!.id,
          lure_job: rnd.pick(JOBS),
          lure_channel: rnd.pick([
            'facebook',
            'telegram',
            'tiktok',
            'in_person',
            'family_or_friends',
          ]),
          money_advanced: rnd.int(1, 10) * 50,
          currency: 'USD',
          first_seen: rnd.date(2022, 2023),
          last_seen: rnd.date(2024, 2025),
          notes: 'Synthetic demo route.',
        });
        addSearch(ref, 'name', 'name', name);
        addSearch(ref, 'code', 'refCode', refCode);
        for (let i = 0; i < stops.length - 1; i += 1) {
          legs.push({
            id: rnd.uuid(),
            route_id: id,
            position: i,
            from_place_id: stops[i],
            to_place_id: stops[i + 1],
            mode:
              i === 0
                ? rnd.pick(['minivan', 'bus', 'motorbike'])
                : rnd.pick(['car', 'bus', 'on_foot', 'boat', 'plane']),
            broker_id: byRole.transporter.length ? rnd.pick(byRole.transporter).id : null,
          });
        }
        routeRefs.push(ref);
      }

      // Victims recruited in the network's villages.
      const victimsHere = Math.floor(scale.victims / scale.networks);
      for (let v = 0; v < victimsHere; v += 1) {
        victimNo += 1;
        const id = rnd.uuid();
        const ref: Ref = { kind: 'victim', id };
        const recruitedOn = rnd.date(2022, 2025);
        const recruitedYear = Number(recruitedOn.slice(0, 4));
        // Registered in the year of recruitment or the next, never before it.
        const code = `V-${Math.min(recruitedYear + rnd.int(0, 1), 2026)}-${String(victimNo).padStart(6, '0')}`;
        const ageBand = rnd.pick(['18_24', '18_24', '25_34', '25_34', '14_17', '35_44'] as const);
        // The age band is the age on the day of recruitment; the date of birth agrees with it.
        const age = rnd.int(DEMO_AGES[ageBand][0], DEMO_AGES[ageBand][1]);
        const birthday = addDays(recruitedOn, -rnd.int(1, 364));
        const dateOfBirth = `${Number(birthday.slice(0, 4)) - age}${birthday.slice(4)}`.replace(
          /-02-29$/,
          '-02-28',
        );
        // Moved after being recruited, held after arriving.
        const movedOn = addDays(recruitedOn, rnd.int(1, 21));
        const heldFrom = addDays(movedOn, rnd.int(2, 14));
        const status = rnd.pick([
          'missing',
          'in_compound',
          'in_compound',
          'rescued',
          'in_shelter',
          'repatriated',
          'reintegrated',
        ]);
        const recruiter = byRole.local_recruiter.length ? rnd.pick(byRole.local_recruiter) : null;
        const home = rnd.pick(networkVillages);
        victims.push({
          id,
          code,
          sex: rnd.chance(0.6) ? 'male' : 'female',
          age_band: ageBand,
          nationality: 'KH',
          home_place_id: home,
          recruited_on: recruitedOn,
          job_promised: rnd.pick(JOBS),
          recruitment_channel: rnd.pick([
            'facebook',
            'telegram',
            'tiktok',
            'in_person',
            'family_or_friends',
          ]),
          exploitation_type: rnd.chance(0.85)
            ? 'forced_criminality'
            : rnd.pick(['forced_labour', 'sexual_exploitation']),
          means_of_control: [
            'withholds_documents',
            'debt_bondage',
            ...(rnd.chance(0.5) ? ['physical_threats'] : []),
          ],
          status,
          consent_to_share: rnd.chance(0.5),
          notes: 'Synthetic demo victim.',
        });
        addSearch(ref, 'code', 'code', code);
        if (scale.identities) {
          const name = khmerName();
          identities.push({
            victim_id: id,
            full_name_latin: name.latin,
            full_name_km: name.km,
            date_of_birth: dateOfBirth,
            phone: normalizeIdentifier('phone', phone()).value,
            contact_notes: 'Synthetic demo contact.',
          });
          addSearch(ref, 'identity_name', 'fullNameLatin', name.latin, true);
          addSearch(ref, 'identity_name', 'fullNameKm', name.km, true);
          addSearch(ref, 'identifier', 'phone', identities.at(-1)!.phone as string, true);
        }
        link(ref, { kind: 'place', id: home }, 'located_in', HOME_VILLAGE);
        if (recruiter)
          link(recruiter, ref, 'recruited', { source: 'interview', started_on: recruitedOn });
        if (byRole.transporter.length && rnd.chance(0.6))
          link(rnd.pick(byRole.transporter), ref, 'transported', { started_on: movedOn });
        if (
          ['in_compound', 'rescued', 'in_shelter', 'repatriated', 'reintegrated'].includes(status)
        )
          link(ref, rnd.pick(compoundRefs), 'held_at', { started_on: heldFrom });
        if (rnd.chance(0.5)) {
          const route = rnd.pick(routeRefs);
          link(ref, route, 'travelled_route', { started_on: movedOn });
          travelled.push({ route: route.id, on: movedOn });
        }
      }
    }

    // The phone that ties two networks together: a recruiter of the first and a transporter of the second.
    const tieA = networkRecruiters[0]?.[0];
    const tieB = networkTransporters[1 % scale.networks]?.[0];
    if (tieA && tieB) {
      identify(tieA, 'phone', '+855 12 345 678');
      identify(tieB, 'phone', '012 345 678');
      // As an investigator records it on seeing the match: the graph then draws the tie.
      link(tieA, tieB, 'shares_identifier', {
        source: 'case',
        confidence: 'probable',
        evidence: 'Synthetic: both use the phone +855 12 345 678.',
      });
    }

    // National scale: more links among existing records, as a real graph would have.
    const allBrokers = brokers.map((b) => ({ kind: 'broker' as const, id: String(b['id']) }));
    const allVictims = victims.map((v) => ({ kind: 'victim' as const, id: String(v['id']) }));
    for (let i = 0; i < scale.extraLinks; i += 1) {
      if (rnd.chance(0.6)) link(rnd.pick(allBrokers), rnd.pick(allVictims), 'recruited');
      else {
        link(rnd.pick(allBrokers), rnd.pick(allBrokers), 'associate_of');
      }
    }

    const routeById = new Map(routes.map((r) => [r['id'] as string, r]));
    for (const { route, on } of travelled) {
      const r = routeById.get(route)!;
      if (on < (r['first_seen'] as string)) r['first_seen'] = on;
      if (on > (r['last_seen'] as string)) r['last_seen'] = on;
    }

    await bulkInsert(
      em,
      'brokers',
      {
        id: 'uuid',
        ref_code: 'text',
        name_latin: 'text',
        name_km: 'text',
        aliases: 'text[]',
        sex: 'sex',
        birth_year: 'int4',
        nationality: 'text',
        home_place_id: 'uuid',
        role: 'broker_role',
        legal_status: 'legal_status',
        notes: 'text',
      },
      brokers,
    );
    await bulkInsert(
      em,
      'compounds',
      {
        id: 'uuid',
        name: 'text',
        aliases: 'text[]',
        country_code: 'text',
        place_id: 'uuid',
        operator: 'text',
        scam_types: 'text[]',
        status: 'compound_status',
        indicators: 'text[]',
        notes: 'text',
      },
      compounds,
    );
    await bulkInsert(
      em,
      'routes',
      {
        id: 'uuid',
        ref_code: 'text',
        name: 'text',
        origin_place_id: 'uuid',
        destination_compound_id: 'uuid',
        lure_job: 'text',
        lure_channel: 'recruitment_channel',
        money_advanced: 'numeric',
        currency: 'text',
        first_seen: 'date',
        last_seen: 'date',
        notes: 'text',
      },
      routes,
    );
    await bulkInsert(
      em,
      'route_legs',
      {
        id: 'uuid',
        route_id: 'uuid',
        position: 'int4',
        from_place_id: 'uuid',
        to_place_id: 'uuid',
        mode: 'travel_mode',
        broker_id: 'uuid',
      },
      legs,
    );
    await bulkInsert(
      em,
      'victims',
      {
        id: 'uuid',
        code: 'text',
        sex: 'sex',
        age_band: 'age_band',
        nationality: 'text',
        home_place_id: 'uuid',
        recruited_on: 'date',
        job_promised: 'text',
        recruitment_channel: 'recruitment_channel',
        exploitation_type: 'exploitation_type',
        means_of_control: 'text[]',
        status: 'victim_status',
        consent_to_share: 'bool',
        notes: 'text',
      },
      victims,
    );
    await bulkInsert(
      em,
      'victim_identities',
      {
        victim_id: 'uuid',
        full_name_latin: 'text',
        full_name_km: 'text',
        date_of_birth: 'date',
        phone: 'text',
        contact_notes: 'text',
      },
      identities,
    );
    const identifierRows = [...identifiers.values()];
    await bulkInsert(
      em,
      'identifiers',
      { id: 'uuid', kind: 'identifier_kind', value: 'text', display: 'text' },
      identifierRows,
    );
    await bulkInsert(
      em,
      'identifier_holders',
      { identifier_id: 'uuid', holder_kind: 'record_kind', holder_id: 'uuid' },
      identifierRows.flatMap((i) =>
        i.holders.map((h) => ({ identifier_id: i.id, holder_kind: h.kind, holder_id: h.id })),
      ),
    );
    await bulkInsert(
      em,
      'links',
      {
        id: 'uuid',
        from_kind: 'record_kind',
        from_id: 'uuid',
        to_kind: 'record_kind',
        to_id: 'uuid',
        type: 'link_type',
        source: 'link_source',
        confidence: 'confidence_grade',
        started_on: 'date',
        evidence: 'text',
      },
      links,
    );
    await bulkInsert(
      em,
      'search_entries',
      {
        record_kind: 'record_kind',
        record_id: 'uuid',
        field: 'text',
        source: 'text',
        text: 'text',
        key: 'text',
        restricted: 'bool',
      },
      search,
    );
    // Keep the reference sequences ahead of the codes the demo used: by nextval, which the API's
    // database role may call (setval needs UPDATE on the sequence, which it does not hold).
    for (const [sequence, used] of [
      ['broker_ref_seq', brokerNo],
      ['route_ref_seq', routes.length],
      ['victim_code_seq', victimNo],
    ] as const)
      await em.query(
        `SELECT count(nextval('${sequence}')) FROM generate_series(1, $1::bigint -
           (SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END FROM ${sequence}))`,
        [used],
      );
    return {
      places: Object.keys(places).length,
      brokers: brokers.length,
      victims: victims.length,
      compounds: compounds.length,
      routes: routes.length,
      links: links.length,
      identifiers: identifierRows.length,
    };
  });
}

/** The transit points and cities the demo needs, by key, creating the missing ones. */
async function ensurePlaces(em: Tx, rnd: Random): Promise<Record<string, string>> {
  const countries = await em.query<PlaceRow[]>(
    `SELECT id, code, kind, name_latin, country_code FROM places WHERE kind = 'country'`,
  );
  const countryId = new Map(countries.map((c) => [c.code, c]));
  const out: Record<string, string> = {};
  for (const p of FOREIGN_PLACES) {
    const existing = await em.query<{ id: string }[]>(`SELECT id FROM places WHERE code = $1`, [
      p.code,
    ]);
    if (existing[0]) {
      out[p.key] = existing[0].id;
      continue;
    }
    const country = countryId.get(p.country);
    const id = rnd.uuid();
    await em.query(
      `INSERT INTO places (id, kind, code, parent_id, country_code, name_latin, name_km, path_latin, path_km) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        id,
        p.kind,
        p.code,
        country?.id ?? null,
        p.country,
        p.name,
        p.km,
        country ? `${p.name}, ${country.name_latin}` : p.name,
        p.km,
      ],
    );
    await em.query(
      `INSERT INTO search_entries (record_kind, record_id, field, source, text, key) VALUES ('place', $1, 'name', 'nameLatin', $2, $3)`,
      [id, p.name, searchKey(p.name)],
    );
    out[p.key] = id;
  }
  return out;
}

/**
 * The demo's villages by network (DEMO_VILLAGES) and, for the national scale, every village of its
 * provinces. They come from the gazetteer, which must have been imported.
 */
async function villagesFor(
  em: Tx,
  scale: DemoScale,
): Promise<{ named: string[][]; all: string[] }> {
  const codes = DEMO_VILLAGES.flat();
  const rows = await em.query<{ id: string; code: string }[]>(
    `SELECT id, code FROM places WHERE kind = 'village' AND code = ANY($1)`,
    [codes],
  );
  const idOf = new Map(rows.map((r) => [r.code, r.id]));
  const missing = codes.filter((c) => !idOf.has(c));
  if (missing.length)
    throw new Error(
      `the demo world lives in the gazetteer's villages, and ${missing.join(', ')} are not there: import the gazetteer first`,
    );
  const named = DEMO_VILLAGES.map((network) => network.map((c) => idOf.get(c)!));
  if (scale.networks <= DEMO_VILLAGES.length) return { named, all: named.flat() };
  const all = await em.query<{ id: string }[]>(
    `SELECT id FROM places WHERE kind = 'village' AND substr(code, 1, 2) = ANY($1) ORDER BY code`,
    [PROVINCE_CODES],
  );
  return { named, all: all.map((r) => r.id) };
}
