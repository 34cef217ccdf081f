import { ConfigError, loadConfig } from './app-config';

const valid = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/sparring',
  REDIS_URL: 'redis://127.0.0.1:6379',
  SMTP_URL: 'smtp://127.0.0.1:1025',
  AUTH_SECRET: 'x'.repeat(32),
  CASE_SUMMARY_KEY: Buffer.alloc(32, 7).toString('base64'),
};

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const sut = loadConfig(valid);
    expect(sut.port).toBe(3000);
    expect(sut.bookingClosesBeforeMs).toBe(24 * 3600_000);
    expect(sut.caseSummaryDueWorkingDays).toBe(2);
    expect(sut.maxActiveBookingsPerConsultant).toBe(10);
    expect(sut.caseSummaryRetentionMs).toBe(30 * 24 * 3600_000);
    expect(sut.reminderOffsetsMs).toEqual([24 * 3600_000, 3600_000]);
    expect(sut.summaryReminderBeforeDueMs).toBe(24 * 3600_000);
    expect(sut.outcomeReminderAfterMs).toBe(3600_000);
    expect(sut.slotDurationMs).toBe(45 * 60_000);
    expect(sut.closingDays).toEqual(['christmas_eve', 'new_years_eve', 'constitution_day']);
    expect(sut.demoData).toBe(false);
    expect(sut.demoPassword).toBe('sparring-demo');
    expect(sut.oidc).toBeNull();
    expect(sut.caseSummaryKey).toHaveLength(32);
    expect(sut.accessTokenTtlMs).toBe(15 * 60_000);
    expect(sut.refreshTokenTtlMs).toBe(12 * 3600_000);
    expect(sut.loginMaxFailures).toBe(5);
    expect(sut.loginLockoutMs).toBe(15 * 60_000);
    expect(sut.rateLimit).toEqual({ max: 1000, windowMs: 60_000 });
    expect(sut.localLoginEnabled).toBe(true);
    expect(sut.trustProxy).toBe(false);
    expect(sut.loginSlowdownMs).toBe(2000);
    expect(sut.invitationTtlMs).toBe(72 * 3600_000);
    expect(sut.passwordResetTtlMs).toBe(3600_000);
  });

  it("takes BUP's acute phone number when set and refuses one that is no phone number", () => {
    expect(loadConfig(valid).acutePhone).toBeNull();
    expect(loadConfig({ ...valid, ACUTE_PHONE: ' 78 47 00 00 ' }).acutePhone).toBe('78 47 00 00');
    expect(() => loadConfig({ ...valid, ACUTE_PHONE: 'ring til vagten' })).toThrow(ConfigError);
  });

  it('turns SAML on only with both PEMs, taking \\n for line breaks; skew 60 s by default', () => {
    expect(loadConfig(valid).samlSp).toBeNull();
    expect(loadConfig(valid).samlClockSkewMs).toBe(60_000);
    const key = '-----BEGIN PRIVATE KEY-----\\nAAAA\\n-----END PRIVATE KEY-----';
    const cert = '-----BEGIN CERTIFICATE-----\\nBBBB\\n-----END CERTIFICATE-----';
    expect(loadConfig({ ...valid, SAML_SP_PRIVATE_KEY: key }).samlSp).toBeNull();
    const sut = loadConfig({ ...valid, SAML_SP_PRIVATE_KEY: key, SAML_SP_CERT: cert, SAML_CLOCK_SKEW: '2m' });
    expect(sut.samlSp).toEqual({
      privateKey: '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----',
      cert: '-----BEGIN CERTIFICATE-----\nBBBB\n-----END CERTIFICATE-----',
    });
    expect(sut.samlClockSkewMs).toBe(120_000);
    expect(() => loadConfig({ ...valid, SAML_SP_CERT: 'not a certificate' })).toThrow(/SAML_SP_CERT/);
  });

  it('trusts proxies only as configured: none, a hop count or addresses/CIDRs', () => {
    expect(loadConfig({ ...valid, TRUST_PROXY: 'none' }).trustProxy).toBe(false);
    expect(loadConfig({ ...valid, TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ ...valid, TRUST_PROXY: '10.0.0.0/8, 127.0.0.1,::1' }).trustProxy).toEqual([
      '10.0.0.0/8',
      '127.0.0.1',
      '::1',
    ]);
    expect(() => loadConfig({ ...valid, TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ ...valid, TRUST_PROXY: '10.0.0.0/33' })).toThrow(/TRUST_PROXY/);
  });

  it('switches local passwords off only while single sign-on is configured', () => {
    const oidc = { OIDC_ISSUER: 'https://idp.test', OIDC_CLIENT_ID: 'c', OIDC_CLIENT_SECRET: 's' };
    expect(loadConfig({ ...valid, LOCAL_LOGIN_ENABLED: 'false' }).localLoginEnabled).toBe(true);
    expect(loadConfig({ ...valid, ...oidc, LOCAL_LOGIN_ENABLED: 'false' }).localLoginEnabled).toBe(false);
    expect(loadConfig({ ...valid, ...oidc }).localLoginEnabled).toBe(true);
  });

  it('accepts 0 and ms-style durations', () => {
    const sut = loadConfig({ ...valid, BOOKING_CLOSES_BEFORE: '0', REMINDER_OFFSETS: '5s, 2s' });
    expect(sut.bookingClosesBeforeMs).toBe(0);
    expect(sut.reminderOffsetsMs).toEqual([5000, 2000]);
  });

  it('names every missing variable', () => {
    expect(() => loadConfig({})).toThrow(ConfigError);
    try {
      loadConfig({});
    } catch (error) {
      const message = (error as Error).message;
      for (const name of ['DATABASE_URL', 'REDIS_URL', 'SMTP_URL', 'AUTH_SECRET', 'CASE_SUMMARY_KEY']) {
        expect(message).toContain(`${name} is required but not set`);
      }
    }
  });

  it('takes closing days as a list, empty allowed', () => {
    expect(loadConfig({ ...valid, CLOSING_DAYS: '' }).closingDays).toEqual([]);
    expect(loadConfig({ ...valid, CLOSING_DAYS: 'christmas_eve' }).closingDays).toEqual(['christmas_eve']);
    expect(() => loadConfig({ ...valid, CLOSING_DAYS: 'midsummer' })).toThrow(/CLOSING_DAYS/);
  });

  it('names a malformed variable and says what is wrong', () => {
    expect(() => loadConfig({ ...valid, BOOKING_CLOSES_BEFORE: 'soon' })).toThrow(
      /BOOKING_CLOSES_BEFORE: "soon" is not a duration/,
    );
    expect(() => loadConfig({ ...valid, DATABASE_URL: 'mysql://x' })).toThrow(
      /DATABASE_URL: must be a postgres or postgresql URL/,
    );
    expect(() => loadConfig({ ...valid, PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ ...valid, MAX_ACTIVE_BOOKINGS_PER_CONSULTANT: '0' })).toThrow(
      /MAX_ACTIVE_BOOKINGS_PER_CONSULTANT/,
    );
    expect(
      loadConfig({ ...valid, MAX_ACTIVE_BOOKINGS_PER_CONSULTANT: '3' }).maxActiveBookingsPerConsultant,
    ).toBe(3);
    expect(() => loadConfig({ ...valid, CASE_SUMMARY_KEY: 'short' })).toThrow(
      /CASE_SUMMARY_KEY: must be 32 random bytes/,
    );
  });

  it('switches SSO on only when issuer, client id and secret are all set', () => {
    expect(loadConfig({ ...valid, OIDC_ISSUER: 'https://idp.example' }).oidc).toBeNull();
    expect(
      loadConfig({
        ...valid,
        OIDC_ISSUER: 'https://idp.example',
        OIDC_CLIENT_ID: 'a',
        OIDC_CLIENT_SECRET: 'b',
      }).oidc,
    ).toEqual({ issuer: 'https://idp.example', clientId: 'a', clientSecret: 'b' });
  });
});
