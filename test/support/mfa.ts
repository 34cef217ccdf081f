import { Secret, TOTP } from 'otpauth';
import TestAgent from 'supertest/lib/agent';

/** The authenticator of each account a test enrolled: its secret and unused recovery codes. */
const enrolled = new Map<string, { secret: string; recoveryCodes: string[] }>();

/** The code an authenticator app shows for `secret`, `steps` 30-second steps from now. */
export function totpCode(secret: string, steps = 0): string {
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({
    timestamp: Date.now() + steps * 30_000,
  });
}

export function enrolmentOf(email: string): { secret: string; recoveryCodes: string[] } | undefined {
  return enrolled.get(email.toLowerCase());
}

/** Enrols an authenticator in the session of `accessToken` (which then counts as MFA-proven). */
export async function enrolTotp(
  http: TestAgent,
  email: string,
  accessToken: string,
): Promise<{ secret: string; recoveryCodes: string[] }> {
  const auth = { Authorization: `Bearer ${accessToken}` };
  const started = await http.post('/api/v1/auth/mfa/totp').set(auth).send({});
  if (started.status !== 201)
    throw new Error(`mfa enrol ${email}: ${started.status} ${JSON.stringify(started.body)}`);
  const confirmed = await http
    .post('/api/v1/auth/mfa/totp/confirm')
    .set(auth)
    .send({ code: totpCode(started.body.secret) });
  if (confirmed.status !== 200)
    throw new Error(`mfa confirm ${email}: ${confirmed.status} ${JSON.stringify(confirmed.body)}`);
  const enrolment = {
    secret: started.body.secret as string,
    recoveryCodes: [...confirmed.body.recoveryCodes],
  };
  enrolled.set(email.toLowerCase(), enrolment);
  return enrolment;
}

/**
 * Finishes a password sign-in the way a person would: an admin without an authenticator enrols one
 * (the session then counts as MFA-proven); an account with one gives a recovery code — single use,
 * so repeated sign-ins within one 30-second step never replay a TOTP code.
 */
export async function finishSignIn<T extends { accessToken?: string }>(
  http: TestAgent,
  email: string,
  body: T & { mfaRequired?: boolean; mfaToken?: string; mfaEnrolmentRequired?: boolean },
): Promise<T> {
  if (body.mfaEnrolmentRequired && body.accessToken) {
    await enrolTotp(http, email, body.accessToken);
    return body;
  }
  if (!body.mfaRequired) return body;
  const enrolment = enrolled.get(email.toLowerCase());
  const recoveryCode = enrolment?.recoveryCodes.shift();
  if (!recoveryCode) throw new Error(`login ${email}: MFA required but no recovery code left in the test`);
  const response = await http.post('/api/v1/auth/login/mfa').send({ mfaToken: body.mfaToken, recoveryCode });
  if (response.status !== 200)
    throw new Error(`login/mfa ${email}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}
