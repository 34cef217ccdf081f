import { StatsGroupBy, UsageRow } from './usage-stats.types';

export const TIME_ZONE = 'Europe/Copenhagen';

/** Memory per sort/hash of the statistics query (the default 4 MB spills its aggregates to disk). */
export const STATS_WORK_MEM = '32MB';

export type Grouping = StatsGroupBy | 'quarter';

/**
 * The region's municipalities as an array: `municipality_id = ANY (…)` with the period drives one
 * bitmap scan of the `(municipality_id, <time>)` indexes of bookings and offers, which reads only the
 * region's rows of the period. Joined as a table instead, PostgreSQL cannot see how few rows the region
 * has and scans every booking and every offer of the country.
 */
const REGION_MUNICIPALITIES = 'SELECT id FROM municipalities WHERE region_id = $1';

/** The key of the totals row that every statement returns besides the groups. */
export const TOTAL_KEY = 'total';

/**
 * How each grouping names a booking's group and a slot's group (compared and sorted in their own type
 * — uuid, enum, timestamp — which is much cheaper than sorting tens of thousands of collated strings),
 * how a group's key is written as text once aggregated, and the labelled list of groups.
 */
const GROUPINGS: Record<
  Grouping,
  { booking: string; slot: string | null; text: (key: string) => string; dims: string }
> = {
  [StatsGroupBy.Municipality]: {
    booking: 'b.municipality_id',
    slot: 'o.municipality_id',
    text: (key) => `${key}::text`,
    dims: `SELECT m.id::text AS key, m.name AS label, m.population0to17::bigint AS population
           FROM municipalities m WHERE m.region_id = $1`,
  },
  [StatsGroupBy.Cluster]: {
    booking: 'm.cluster_id',
    slot: 'm.cluster_id',
    text: (key) => `${key}::text`,
    dims: `SELECT c.id::text AS key, c.name AS label,
                  CASE WHEN bool_and(m.population0to17 IS NOT NULL) THEN sum(m.population0to17) END AS population
           FROM clusters c JOIN municipalities m ON m.cluster_id = c.id
           WHERE c.region_id = $1 GROUP BY c.id, c.name`,
  },
  [StatsGroupBy.Contact]: {
    booking: 's.contact_id',
    slot: 's.contact_id',
    text: (key) => `${key}::text`,
    dims: `SELECT u.id::text AS key, u.name AS label, NULL::bigint AS population
           FROM users u WHERE u.id::text IN (SELECT key FROM bagg UNION SELECT key FROM sagg)`,
  },
  [StatsGroupBy.Topic]: {
    booking: 'b.topic',
    slot: null,
    text: (key) => `${key}::text`,
    dims: `SELECT key, key AS label, NULL::bigint AS population FROM bagg WHERE key <> '${TOTAL_KEY}'`,
  },
  [StatsGroupBy.Month]: {
    booking: `date_trunc('month', b.session_starts_at AT TIME ZONE '${TIME_ZONE}')`,
    slot: `date_trunc('month', o.starts_at AT TIME ZONE '${TIME_ZONE}')`,
    text: (key) => `to_char(${key}, 'YYYY-MM')`,
    dims: `SELECT to_char(month, 'YYYY-MM') AS key, to_char(month, 'YYYY-MM') AS label, NULL::bigint AS population
           FROM generate_series(date_trunc('month', $2::date), $3::date, interval '1 month') AS month`,
  },
  quarter: {
    booking: `date_trunc('quarter', b.session_starts_at AT TIME ZONE '${TIME_ZONE}')`,
    slot: `date_trunc('quarter', o.starts_at AT TIME ZONE '${TIME_ZONE}')`,
    text: (key) => `to_char(${key}, 'YYYY "K"Q')`,
    dims: `SELECT to_char(q, 'YYYY "K"Q') AS key, to_char(q, 'YYYY "K"Q') AS label, NULL::bigint AS population
           FROM generate_series(date_trunc('quarter', $2::date), $3::date, interval '3 months') AS q`,
  },
};

/**
 * The usage figures in one SQL statement per grouping ($1 region, $2 from, $3 to): the groups and, by
 * GROUPING SETS, the totals row (key TOTAL_KEY) in the same pass. A session belongs to the Danish local
 * day of its start: the period is [from 00:00, to + 1 day 00:00) in Europe/Copenhagen, converted to
 * instants by PostgreSQL (so 23- and 25-hour days are right) and compared with the booking's own
 * `session_starts_at` and the offer's own `starts_at` (copies of the slot's, kept by triggers). Both
 * tables are read by their `(municipality_id, <time>)` index for the region's municipalities: only the
 * region's bookings and offers of the period, however many years and regions the tables hold, and the
 * offers without the slots (they carry the slot's status and capacity too). Slots are joined only when
 * grouped by contact. A slot offered to several groups counts in each, and once in the totals.
 */
export function usageSql(grouping: Grouping): string {
  const g = GROUPINGS[grouping];
  const within = (column: string) => `${column} >= ($2::date::timestamp AT TIME ZONE '${TIME_ZONE}')
              AND ${column} < (($3::date + 1)::timestamp AT TIME ZONE '${TIME_ZONE}')`;
  // The region's municipality row only where the group is one of its columns (the cluster).
  const join = (key: string, municipalityId: string) =>
    key.startsWith('m.') ? `JOIN municipalities m ON m.id = ${municipalityId}` : '';
  // Only grouped by contact are the slots joined (the contact may change: an absence moves the slot to
  // a deputy). Their own period condition — the same instants as the booking's or offer's copy — lets
  // PostgreSQL read the period's slots by the `starts_at` index instead of every slot of the country.
  const slotJoin = (slotId: string) =>
    g.booking.startsWith('s.') ? `JOIN slots s ON s.id = ${slotId} AND ${within('s.starts_at')}` : '';
  const total = (expression: string) =>
    `CASE WHEN GROUPING(key) = 1 THEN '${TOTAL_KEY}' ELSE ${expression} END`;
  return `
    WITH b AS (
      SELECT ${g.booking} AS key, b.status, b.late_cancellation, b.outcome_attendance, b.outcome_recommendation,
             b.outcome_gp_participated, b.case_summary_due_at, b.case_summary_submitted_at, b.created_at,
             b.session_starts_at AS starts_at, (b.cancelled_by_id = b.consultant_id) AS by_consultant,
             -- The booking's own copy (kept by a trigger on case_summaries): looking up each booking's
             -- summary cost about as much as the rest of the statement.
             b.case_summary_with_screening AS with_screening
      FROM bookings b ${slotJoin('b.slot_id')} ${join(g.booking, 'b.municipality_id')}
      WHERE b.municipality_id = ANY (ARRAY(${REGION_MUNICIPALITIES})) AND ${within('b.session_starts_at')}
    ),
    bagg AS (
      SELECT ${total(g.text('key'))} AS key,
        count(*)::int AS bookings,
        count(*) FILTER (WHERE status = 'held')::int AS held,
        count(*) FILTER (WHERE status = 'no_show' AND outcome_attendance IS DISTINCT FROM 'cancelled_late')::int AS no_show,
        count(*) FILTER (WHERE status = 'cancelled' OR outcome_attendance = 'cancelled_late')::int AS cancelled,
        count(*) FILTER (WHERE (status = 'cancelled' AND late_cancellation) OR outcome_attendance = 'cancelled_late')::int AS late_cancelled,
        count(*) FILTER (WHERE (status = 'cancelled' AND by_consultant) OR outcome_attendance = 'cancelled_late')::int AS cancelled_by_consultant,
        count(*) FILTER (WHERE status = 'cancelled' AND NOT coalesce(by_consultant, false))::int AS cancelled_by_bup,
        count(*) FILTER (WHERE status = 'booked')::int AS pending,
        count(*) FILTER (WHERE status <> 'cancelled')::int AS active,
        count(*) FILTER (WHERE status <> 'cancelled' AND case_summary_submitted_at <= case_summary_due_at)::int AS summaries_on_time,
        count(*) FILTER (WHERE status <> 'cancelled' AND with_screening)::int AS with_screening,
        count(*) FILTER (WHERE status = 'held' AND outcome_gp_participated)::int AS gp_participated,
        count(*) FILTER (WHERE status = 'held' AND outcome_recommendation = 'continue_municipal')::int AS continue_municipal,
        count(*) FILTER (WHERE status = 'held' AND outcome_recommendation = 'refer_bup')::int AS referred_bup,
        count(*) FILTER (WHERE status = 'held' AND outcome_recommendation = 'refer_private_specialist')::int AS referred_private_specialist,
        count(*) FILTER (WHERE status = 'held' AND outcome_recommendation = 'other')::int AS other_recommendation,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM starts_at - created_at) / 86400)
          FILTER (WHERE status <> 'cancelled') AS median_lead_days
      FROM b GROUP BY GROUPING SETS ((key), ())
    ),
    offers AS (
      SELECT DISTINCT o.slot_id, o.capacity, ${g.slot ?? 'NULL::int'} AS key
      FROM slot_offers o ${slotJoin('o.slot_id')}
      ${join(g.slot ?? '', 'o.municipality_id')}
      WHERE o.municipality_id = ANY (ARRAY(${REGION_MUNICIPALITIES})) AND ${within('o.starts_at')}
        AND o.slot_status = 'open'
    ),
    sagg AS (
      ${g.slot ? `SELECT ${g.text('key')} AS key, count(*)::int AS slots_offered, sum(capacity)::int AS seats FROM offers GROUP BY key UNION ALL` : ''}
      SELECT '${TOTAL_KEY}' AS key, count(*)::int AS slots_offered, sum(capacity)::int AS seats
      FROM (SELECT DISTINCT slot_id, capacity FROM offers) slot
    ),
    dims AS (
      ${g.dims}
      UNION ALL
      SELECT '${TOTAL_KEY}', 'I alt', CASE WHEN bool_and(m.population0to17 IS NOT NULL) THEN sum(m.population0to17) END
      FROM municipalities m WHERE m.region_id = $1
    )
    SELECT d.key, d.label, d.population,
           ${g.slot ? 'coalesce(sagg.slots_offered, 0)' : `CASE WHEN d.key = '${TOTAL_KEY}' THEN coalesce(sagg.slots_offered, 0) END`} AS slots_offered,
           sagg.seats,
           coalesce(bagg.bookings, 0) AS bookings, coalesce(bagg.held, 0) AS held, coalesce(bagg.no_show, 0) AS no_show,
           coalesce(bagg.cancelled, 0) AS cancelled, coalesce(bagg.late_cancelled, 0) AS late_cancelled,
           coalesce(bagg.cancelled_by_consultant, 0) AS cancelled_by_consultant,
           coalesce(bagg.cancelled_by_bup, 0) AS cancelled_by_bup, coalesce(bagg.pending, 0) AS pending,
           coalesce(bagg.active, 0) AS active, coalesce(bagg.summaries_on_time, 0) AS summaries_on_time,
           coalesce(bagg.with_screening, 0) AS with_screening,
           coalesce(bagg.gp_participated, 0) AS gp_participated,
           coalesce(bagg.continue_municipal, 0) AS continue_municipal, coalesce(bagg.referred_bup, 0) AS referred_bup,
           coalesce(bagg.referred_private_specialist, 0) AS referred_private_specialist,
           coalesce(bagg.other_recommendation, 0) AS other_recommendation,
           bagg.median_lead_days
    FROM dims d LEFT JOIN bagg ON bagg.key = d.key LEFT JOIN sagg ON sagg.key = d.key
    ORDER BY d.key = '${TOTAL_KEY}', d.label, d.key`;
}

/** Splits a statement's result into the groups and the totals row. */
export function toUsage(raw: RawUsageRow[]): { rows: UsageRow[]; totals: UsageRow } {
  const rows = raw.map(toUsageRow);
  const totals = rows.find((row) => row.key === TOTAL_KEY);
  if (!totals) throw new Error('The statistics statement returned no totals row');
  return { rows: rows.filter((row) => row !== totals), totals };
}

export interface RawUsageRow {
  key: string;
  label: string;
  population: string | null;
  slots_offered: number | null;
  seats: number | null;
  bookings: number;
  held: number;
  no_show: number;
  cancelled: number;
  late_cancelled: number;
  cancelled_by_consultant: number;
  cancelled_by_bup: number;
  pending: number;
  active: number;
  summaries_on_time: number;
  with_screening: number;
  gp_participated: number;
  continue_municipal: number;
  referred_bup: number;
  referred_private_specialist: number;
  other_recommendation: number;
  median_lead_days: number | null;
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

export function toUsageRow(raw: RawUsageRow): UsageRow {
  const population = raw.population === null ? null : Number(raw.population);
  return {
    key: raw.key,
    label: raw.label,
    slotsOffered: raw.slots_offered,
    bookings: raw.bookings,
    held: raw.held,
    noShow: raw.no_show,
    cancelled: raw.cancelled,
    lateCancelled: raw.late_cancelled,
    cancelledByConsultant: raw.cancelled_by_consultant,
    cancelledByBup: raw.cancelled_by_bup,
    pending: raw.pending,
    summariesOnTime: raw.summaries_on_time,
    withScreening: raw.with_screening,
    gpParticipated: raw.gp_participated,
    continueMunicipal: raw.continue_municipal,
    referredBup: raw.referred_bup,
    referredPrivateSpecialist: raw.referred_private_specialist,
    otherRecommendation: raw.other_recommendation,
    utilisation: raw.seats ? round(raw.active / raw.seats, 3) : null,
    medianLeadTimeDays: raw.median_lead_days === null ? null : round(Number(raw.median_lead_days), 1),
    sessionsPer1000Children: population ? round((raw.held * 1000) / population, 2) : null,
  };
}
