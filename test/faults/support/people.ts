import { DataSource } from 'typeorm';
import TestAgent from 'supertest/lib/agent';
import { login, TestUser, unique, World } from '../../support/factories';

/** `count` consultants of municipality A (the world's two plus new ones with the same password). */
export async function consultantsOf(
  db: DataSource,
  http: TestAgent,
  w: World,
  count: number,
): Promise<TestUser[]> {
  const people = [w.consultantA, w.colleagueA];
  while (people.length < count) {
    const email = `consultant.${unique(10)}@test.dk`;
    const [row] = await db.query(
      `INSERT INTO users (email, name, role, region_id, municipality_id, password_hash)
       SELECT $1, $2, 'consultant', region_id, municipality_id, password_hash FROM users WHERE id = $3
       RETURNING id`,
      [email, `Konsulent ${unique()}`, w.consultantA.id],
    );
    people.push({ id: row.id, email, token: await login(http, email, 'test-password-1') });
  }
  return people;
}
