import type { Broker, Link, PlaceSummary, Victim, VictimIdentity } from '@/lib/api-types';

export const ouThum: PlaceSummary = {
  id: '82e00e89-1800-4d7f-bba0-6fbed46d72db',
  kind: 'village',
  code: '01020101',
  nameKm: 'អូរធំ',
  nameLatin: 'Ou Thum',
  pathLatin: 'Phum Ou Thum, Banteay Neang commune, Mongkol Borey, Banteay Meanchey',
  pathKm: 'ភូមិអូរធំ ឃុំបន្ទាយនាង ស្រុកមង្គលបូរី ខេត្តបន្ទាយមានជ័យ',
  countryCode: 'KH',
};

const meta = {
  version: 3,
  createdAt: '2026-01-05T08:00:00.000Z',
  updatedAt: '2026-01-05T08:00:00.000Z',
  createdBy: null,
  archivedAt: null,
};

export const sokha: Broker = {
  ...meta,
  id: 'b-sokha',
  refCode: 'B-0041',
  nameKm: 'សុខ សុខា',
  nameLatin: 'Sok Sokha',
  aliases: ['Bong Kha'],
  sex: 'male',
  birthYear: 1990,
  nationality: 'KH',
  homePlace: ouThum,
  role: 'local_recruiter',
  legalStatus: 'at_large',
  notes: null,
};

export const victim: Victim = {
  ...meta,
  id: 'v-1',
  code: 'V-2026-000001',
  sex: 'female',
  ageBand: '18_24',
  nationality: 'KH',
  homePlace: ouThum,
  recruitedOn: '2025-03-01',
  jobPromised: 'Casino work in Sihanoukville',
  recruitmentChannel: 'facebook',
  exploitationType: 'forced_criminality',
  meansOfControl: ['debt_bondage'],
  status: 'in_compound',
  consentToShare: false,
  notes: null,
  canReadIdentity: true,
};

export const identity: VictimIdentity = {
  victimId: 'v-1',
  fullNameKm: 'ចាន់ ធីតា',
  fullNameLatin: 'Chan Thida',
  dateOfBirth: '2003-04-02',
  phone: '+85512345678',
  contactNotes: null,
  idNumbers: [],
  version: 2,
  updatedAt: '2026-01-05T08:00:00.000Z',
};

export const recruited: Link = {
  id: 'l-1',
  from: { kind: 'broker', id: 'b-sokha', label: 'Sok Sokha', sublabel: 'B-0041 · សុខ សុខា' },
  to: { kind: 'victim', id: 'v-1', label: 'V-2026-000001', sublabel: null },
  type: 'recruited',
  startedOn: '2025-03-01',
  endedOn: null,
  evidence: 'Interview statement',
  source: 'interview',
  sourceRef: 'CASE-7',
  confidence: 'probable',
  createdBy: 'u-1',
  createdByName: 'Dara Investigator',
  createdAt: '2026-01-06T08:00:00.000Z',
  version: 1,
  archivedAt: null,
};

export const emptyPage = { items: [], page: 1, pageSize: 25, total: 0 };
