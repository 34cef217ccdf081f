import { isIsoCalendarDate, isIsoDateOrInstant, isSafeEmail } from './input-validators';

describe('input validators', () => {
  it('accepts the contract’s dates and instants only', () => {
    for (const ok of [
      '2027-03-30',
      '2027-03-30T09:00:00+02:00',
      '2027-03-30T07:00Z',
      '2024-02-29T23:59:59.123Z',
    ])
      expect({ ok, valid: isIsoDateOrInstant(ok) }).toEqual({ ok, valid: true });
    for (const bad of [
      '2026-W01',
      '2026-W01-1',
      '2026-123',
      '2026-02-31',
      '2027-03-30T09:00',
      '2027-03-30T25:00Z',
      '20270330',
      '',
      'x'.repeat(100),
    ])
      expect({ bad, valid: isIsoDateOrInstant(bad) }).toEqual({ bad, valid: false });
    expect(isIsoCalendarDate('2025-02-28')).toBe(true);
    expect(isIsoCalendarDate('2025-02-29')).toBe(false);
    expect(isIsoCalendarDate('2025-02-28T00:00Z')).toBe(false);
  });

  it('takes ordinary addresses and refuses header injection, quotes and display names', () => {
    for (const ok of ['laege@praksis.dk', 'ppr.odder+test@kommune.dk', 'a.b-c@sub.domæne.dk'])
      expect({ ok, valid: isSafeEmail(ok) }).toEqual({ ok, valid: true });
    for (const bad of [
      'laege@praksis.dk\r\nBcc: x@y.dk',
      'laege@praksis.dk\n',
      '"a b"@praksis.dk',
      '"laege"@praksis.dk',
      'Læge <laege@praksis.dk>',
      'laege@[127.0.0.1]',
      'a b@praksis.dk',
      'laege@praksis',
    ])
      expect({ bad, valid: isSafeEmail(bad) }).toEqual({ bad, valid: false });
  });
});
