import * as argon2 from 'argon2';
import { DataSource } from 'typeorm';

export interface CreateAdminInput {
  email: string;
  name: string;
  regionCode: string;
  /** Creates the region when no region has the code yet (a fresh install has none). */
  regionName?: string;
  password: string;
}

/**
 * Creates the first administrator of a region (a production install has no demo data). Refuses an
 * existing e-mail address; audited as `user.created` without an actor (the platform acted).
 */
export async function createAdmin(dataSource: DataSource, input: CreateAdminInput): Promise<string> {
  const email = input.email.trim().toLowerCase();
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) throw new Error(`"${input.email}" is not an e-mail address`);
  if (!input.name.trim()) throw new Error('--name is required');
  if (input.password.length < 10) throw new Error('the password must have at least 10 characters');
  const passwordHash = await argon2.hash(input.password, { type: argon2.argon2id });
  return dataSource.transaction(async (manager) => {
    let [region] = await manager.query(`SELECT id FROM regions WHERE code = $1`, [input.regionCode]);
    if (!region && input.regionName?.trim()) {
      [region] = await manager.query(`INSERT INTO regions (code, name) VALUES ($1, $2) RETURNING id`, [
        input.regionCode,
        input.regionName.trim(),
      ]);
    }
    if (!region)
      throw new Error(
        `no region with code ${input.regionCode} (Region Midtjylland is 1082); pass --region-name to create it`,
      );
    const [existing] = await manager.query(`SELECT id FROM users WHERE email = $1`, [email]);
    if (existing) throw new Error(`a user with the e-mail ${email} already exists`);
    const [user] = await manager.query(
      `INSERT INTO users (email, name, role, region_id, password_hash) VALUES ($1, $2, 'admin', $3, $4) RETURNING id`,
      [email, input.name.trim(), region.id, passwordHash],
    );
    await manager.query(
      `INSERT INTO audit_events (action, subject_type, subject_id, region_id, details)
       VALUES ('user.created', 'user', $1, $2, $3::jsonb)`,
      [user.id, region.id, JSON.stringify({ role: 'admin', via: 'create-admin' })],
    );
    return user.id as string;
  });
}
