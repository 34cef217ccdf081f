import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import * as argon2 from 'argon2';
import TestAgent from 'supertest/lib/agent';
import { finishSignIn } from './mfa';

/** Unique per call, so tests never share or clean up each other's data. */
export const unique = (length = 6) => randomBytes(8).toString('hex').slice(0, length);
const TEST_PASSWORD = 'test-password-1';
let passwordHash: Promise<string> | undefined;

export interface TestUser {
  id: string;
  email: string;
  token: string;
}

export interface World {
  regionId: string;
  municipalityA: string;
  municipalityB: string;
  contactA: TestUser;
  contactB: TestUser;
  consultantA: TestUser;
  colleagueA: TestUser;
  consultantB: TestUser;
  admin: TestUser;
}

/** A region of its own with municipalities A and B, their contacts, consultants and an admin. */
export async function createWorld(db: DataSource, http: TestAgent): Promise<World> {
  // Region codes have four characters, so test codes clash now and then: draw again.
  const newRegion = async (): Promise<{ id: string }> => {
    const rows = await db.query(
      `INSERT INTO regions (code, name) VALUES ($1, $2) ON CONFLICT (code) DO NOTHING RETURNING id`,
      [`t${unique(3)}`, `Region ${unique()}`],
    );
    return rows[0] ?? newRegion();
  };
  const region = await newRegion();
  const [cluster] = await db.query(`INSERT INTO clusters (region_id, name) VALUES ($1, $2) RETURNING id`, [
    region.id,
    `Klynge ${unique()}`,
  ]);
  // Codes are three characters like real ones, but start with a letter so they never clash with real
  // (demo) codes; a rare clash between test codes just draws again.
  const municipality = async (): Promise<string> => {
    const rows = await db.query(
      `INSERT INTO municipalities (code, name, region_id, cluster_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT (code) DO NOTHING RETURNING id`,
      [`t${unique(2)}`, `Kommune ${unique()}`, region.id, cluster.id],
    );
    return rows[0]?.id ?? municipality();
  };
  const municipalityA = await municipality();
  const municipalityB = await municipality();
  const user = async (role: string, municipalityId: string | null) => {
    const email = `${role}.${unique(10)}@test.dk`;
    const [row] = await db.query(
      `INSERT INTO users (email, name, role, region_id, municipality_id, password_hash) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [email, `${role} ${unique()}`, role, region.id, municipalityId, await hashTestPassword()],
    );
    return { id: row.id as string, email, token: await login(http, email, TEST_PASSWORD) };
  };
  const [contactA, contactB, consultantA, colleagueA, consultantB, admin] = await Promise.all([
    user('contact', null),
    user('contact', null),
    user('consultant', municipalityA),
    user('consultant', municipalityA),
    user('consultant', municipalityB),
    user('admin', null),
  ]);
  await db.query(`UPDATE municipalities SET contact_id = $1 WHERE id = $2`, [contactA.id, municipalityA]);
  await db.query(`UPDATE municipalities SET contact_id = $1 WHERE id = $2`, [contactB.id, municipalityB]);
  return {
    regionId: region.id,
    municipalityA,
    municipalityB,
    contactA,
    contactB,
    consultantA,
    colleagueA,
    consultantB,
    admin,
  };
}

function hashTestPassword(): Promise<string> {
  passwordHash ??= argon2.hash(TEST_PASSWORD, { type: argon2.argon2id });
  return passwordHash;
}

export async function login(http: TestAgent, email: string, password: string): Promise<string> {
  const response = await http.post('/api/v1/auth/login').send({ email, password });
  if (response.status !== 200)
    throw new Error(`login ${email} failed: ${response.status} ${JSON.stringify(response.body)}`);
  return (await finishSignIn(http, email, response.body)).accessToken;
}

/** A slot of `contactId`, offered to the given municipalities, starting `startsInMs` from now. */
export async function createSlot(
  db: DataSource,
  options: {
    contactId: string;
    municipalityIds: string[];
    startsInMs?: number;
    startsAt?: Date;
    capacity?: number;
    kind?: string;
    /** With `startsAt`: still move it past the contact's slot at that time (default without `startsAt`). */
    shiftIfTaken?: boolean;
  },
): Promise<string> {
  let startsAt = options.startsAt ?? new Date(Date.now() + (options.startsInMs ?? 7 * 24 * 3600_000));
  // A contact's live slots never overlap (the database refuses it): a slot without a fixed time
  // goes right after the contact's slot at the same time.
  while (options.shiftIfTaken ?? !options.startsAt) {
    const [clash]: { ends_at: Date }[] = await db.query(
      `SELECT ends_at FROM slots WHERE contact_id = $1 AND status <> 'cancelled'
         AND tstzrange(starts_at, ends_at) && tstzrange($2, $3) ORDER BY ends_at DESC LIMIT 1`,
      [options.contactId, startsAt, new Date(startsAt.getTime() + 45 * 60_000)],
    );
    if (!clash) break;
    startsAt = new Date(clash.ends_at);
  }
  const endsAt = new Date(startsAt.getTime() + 45 * 60_000);
  const [slot] = await db.query(
    `INSERT INTO slots (contact_id, kind, starts_at, ends_at, capacity, video_url) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [
      options.contactId,
      options.kind ?? 'sparring',
      startsAt,
      endsAt,
      options.capacity ?? 1,
      'https://video.test/room',
    ],
  );
  for (const municipalityId of options.municipalityIds) {
    await db.query(`INSERT INTO slot_offers (slot_id, municipality_id) VALUES ($1, $2)`, [
      slot.id,
      municipalityId,
    ]);
  }
  return slot.id;
}

export const bookingBody = (slotId: string, overrides: Record<string, unknown> = {}) => ({
  slotId,
  topic: 'anxiety',
  step: 2,
  childAgeBand: '10-13',
  question: 'Hvordan kan skolen støtte en elev med angst og stigende skolefravær?',
  ...overrides,
});

export const auth = (user: TestUser) => ({ Authorization: `Bearer ${user.token}` });

/**
 * Gives a user a password straight in the database, as seed data may. The API cannot: an admin
 * only invites, and the user chooses a password through the one-time link.
 */
export async function setPasswordDirectly(db: DataSource, userId: string, password: string): Promise<void> {
  const hash = await argon2.hash(password, { type: argon2.argon2id });
  await db.query(`UPDATE users SET password_hash = $2 WHERE id = $1`, [userId, hash]);
}
