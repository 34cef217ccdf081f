import { createTestApp, TestApp } from './support/test-app';

// GET /config: public settings the web app shows before and after sign-in (issue 15: the acute
// service's number in the acute notice comes from ACUTE_PHONE, so each region shows its own).
describe('GET /config', () => {
  let t: TestApp;
  const before = process.env.ACUTE_PHONE;

  beforeAll(async () => {
    process.env.ACUTE_PHONE = '78 47 00 00';
    t = await createTestApp();
  });

  afterAll(async () => {
    await t.close();
    if (before === undefined) delete process.env.ACUTE_PHONE;
    else process.env.ACUTE_PHONE = before;
  });

  it('answers the acute phone number without a token, and nothing else', async () => {
    const response = await t.http.get('/api/v1/config').expect(200);
    expect(response.body).toEqual({ acutePhone: '78 47 00 00' });
  });
});
