import { normaliseClientIp } from './client-ip';

describe('normaliseClientIp', () => {
  it('keeps valid IPv4 and IPv6 addresses', () => {
    expect(normaliseClientIp('203.0.113.7')).toBe('203.0.113.7');
    expect(normaliseClientIp('::ffff:127.0.0.1')).toBe('::ffff:127.0.0.1');
    expect(normaliseClientIp('2001:db8::1')).toBe('2001:db8::1');
  });

  it('drops anything that is not an address, however long', () => {
    for (const raw of ['x'.repeat(5000), 'not-an-ip', '<script>', '1.2.3.4, 5.6.7.8', '', undefined, null])
      expect(normaliseClientIp(raw)).toBeNull();
  });
});
