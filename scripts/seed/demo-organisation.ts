/** Region Midtjylland as the collaboration agreement organises it (shared/docs/product.md). */
export const DEMO_REGION = { code: '1082', name: 'Region Midtjylland' };

export const DEMO_DEPARTMENT = 'Børne- og Ungdomspsykiatrien, Aarhus Universitetshospital';

export const DEMO_CLUSTERS: { name: string; municipalities: { code: string; name: string }[] }[] = [
  {
    name: 'Aarhusklyngen',
    municipalities: [
      { code: '751', name: 'Aarhus' },
      { code: '741', name: 'Samsø' },
    ],
  },
  {
    name: 'Randersklyngen',
    municipalities: [
      { code: '710', name: 'Favrskov' },
      { code: '707', name: 'Norddjurs' },
      { code: '730', name: 'Randers' },
      { code: '706', name: 'Syddjurs' },
    ],
  },
  {
    name: 'Horsensklyngen',
    municipalities: [
      { code: '766', name: 'Hedensted' },
      { code: '615', name: 'Horsens' },
      { code: '727', name: 'Odder' },
      { code: '746', name: 'Skanderborg' },
    ],
  },
  {
    name: 'Midtklyngen',
    municipalities: [
      { code: '740', name: 'Silkeborg' },
      { code: '779', name: 'Skive' },
      { code: '791', name: 'Viborg' },
    ],
  },
  {
    name: 'Gødstrupklyngen (Vestklyngen)',
    municipalities: [
      { code: '657', name: 'Herning' },
      { code: '661', name: 'Holstebro' },
      { code: '756', name: 'Ikast-Brande' },
      { code: '665', name: 'Lemvig' },
      { code: '760', name: 'Ringkøbing-Skjern' },
      { code: '671', name: 'Struer' },
    ],
  },
];

export interface DemoAccount {
  email: string;
  name: string;
  role: 'consultant' | 'contact' | 'admin';
  profession: string | null;
  /** Consultants: their municipality. */
  municipalityCode?: string;
  /** Contacts: the municipalities they are the fixed contact for. */
  contactFor?: string[];
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    email: 'admin@sparring.test',
    name: 'Anne Administrator',
    role: 'admin',
    profession: 'Regional koordinator',
  },
  {
    email: 'kontakt.aarhus@sparring.test',
    name: 'Karen Kontakt',
    role: 'contact',
    profession: 'Børne- og ungdomspsykiater',
    contactFor: ['751', '741'],
  },
  {
    email: 'kontakt.randers@sparring.test',
    name: 'Rasmus Kontakt',
    role: 'contact',
    profession: 'Psykolog, BUP',
    contactFor: ['710', '707', '730', '706'],
  },
  {
    email: 'ppr.aarhus@sparring.test',
    name: 'Pia PPR Aarhus',
    role: 'consultant',
    profession: 'PPR-psykolog',
    municipalityCode: '751',
  },
  {
    email: 'ppr.samsoe@sparring.test',
    name: 'Søren PPR Samsø',
    role: 'consultant',
    profession: 'Socialrådgiver',
    municipalityCode: '741',
  },
  {
    email: 'ppr.randers@sparring.test',
    name: 'Rikke PPR Randers',
    role: 'consultant',
    profession: 'Familierådgiver',
    municipalityCode: '730',
  },
];

/** Weekly sparring times of the demo contacts, so a fresh start has free slots to book. */
export const DEMO_SERIES: {
  contactEmail: string;
  weekday: number;
  startTime: string;
  municipalityCodes: string[];
}[] = [
  {
    contactEmail: 'kontakt.aarhus@sparring.test',
    weekday: 2,
    startTime: '09:00',
    municipalityCodes: ['751', '741'],
  },
  {
    contactEmail: 'kontakt.aarhus@sparring.test',
    weekday: 4,
    startTime: '13:00',
    municipalityCodes: ['751', '741'],
  },
  {
    contactEmail: 'kontakt.randers@sparring.test',
    weekday: 3,
    startTime: '10:00',
    municipalityCodes: ['710', '707', '730', '706'],
  },
];

/** Children aged 0–17 per municipality (rounded, about 2025; demo figures for the per-1,000 statistics). */
export const DEMO_POPULATIONS: Record<string, number> = {
  '751': 69_000,
  '741': 500,
  '710': 11_700,
  '707': 7_000,
  '730': 20_000,
  '706': 9_000,
  '766': 10_500,
  '615': 19_500,
  '727': 5_000,
  '746': 15_500,
  '740': 21_000,
  '779': 9_000,
  '791': 20_000,
  '657': 18_500,
  '661': 12_000,
  '756': 9_500,
  '665': 3_900,
  '760': 11_500,
  '671': 4_000,
};
