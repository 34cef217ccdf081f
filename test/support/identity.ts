import TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { finishSignIn } from './mfa';

export const TEST_PASSWORD = 'test-password-1';

export interface Session {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  user: { id: string; role: string };
}

/** Signs in and returns the whole answer (access and refresh token). */
export async function signIn(http: TestAgent, email: string, password = TEST_PASSWORD): Promise<Session> {
  const response = await http.post('/api/v1/auth/login').send({ email, password });
  if (response.status !== 200)
    throw new Error(`login ${email}: ${response.status} ${JSON.stringify(response.body)}`);
  return finishSignIn(http, email, response.body);
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** The audit events about a user, booking or other subject, oldest first. */
export function auditEventsAbout(
  db: DataSource,
  id: string,
): Promise<{ action: string; actor_id: string | null; details: Record<string, unknown> }[]> {
  return db.query(
    `SELECT action, actor_id, actor_role, booking_id, subject_type, subject_id, details FROM audit_events
      WHERE subject_id = $1 OR booking_id = $1 ORDER BY occurred_at, id`,
    [id],
  );
}
