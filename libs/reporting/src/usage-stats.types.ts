export enum StatsGroupBy {
  Municipality = 'municipality',
  Cluster = 'cluster',
  Contact = 'contact',
  Topic = 'topic',
  Month = 'month',
}

/** The count columns of a usage row, in export order. */
export const COUNT_COLUMNS = [
  'slotsOffered',
  'bookings',
  'held',
  'noShow',
  'cancelled',
  'lateCancelled',
  'cancelledByConsultant',
  'cancelledByBup',
  'pending',
  'summariesOnTime',
  'withScreening',
  'gpParticipated',
  'continueMunicipal',
  'referredBup',
  'referredPrivateSpecialist',
  'otherRecommendation',
] as const;
export type CountColumn = (typeof COUNT_COLUMNS)[number];

export type UsageCounts = { [K in CountColumn]: number | null };

export interface UsageRow extends UsageCounts {
  key: string;
  label: string;
  /** Active bookings (not cancelled) per seat offered, 0–1; null when nothing was offered. */
  utilisation: number | null;
  medianLeadTimeDays: number | null;
  sessionsPer1000Children: number | null;
}

export interface UsageStats {
  from: string;
  to: string;
  groupBy: StatsGroupBy;
  rows: UsageRow[];
  totals: UsageRow;
}
