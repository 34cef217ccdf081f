import { DomainException, ErrorCode } from '@app/common';
import { assertAnonymousFreeText, screenFreeText } from './free-text-screening';

describe('free-text screening', () => {
  const reason = { field: 'reason', label: 'årsagen' };

  it('finds identifying data with the field it is in and its exact span', () => {
    const text = 'Aflyst, mor ringede om 010203-1234 i går';
    const [finding, ...more] = screenFreeText([{ ...reason, text }]);
    expect(more).toHaveLength(0);
    expect(finding).toMatchObject({ field: 'reason', type: 'cpr' });
    expect(text.slice(finding.start, finding.end)).toBe('010203-1234');
  });

  it('skips absent optional fields and accepts clean text', () => {
    expect(
      screenFreeText([
        { ...reason, text: undefined },
        { ...reason, text: null },
      ]),
    ).toEqual([]);
    expect(() => assertAnonymousFreeText({ ...reason, text: 'Kontaktpersonen er syg' })).not.toThrow();
  });

  it('refuses with NOT_ANONYMOUS, a Danish message naming the field, and never the text itself', () => {
    let caught: unknown;
    try {
      assertAnonymousFreeText({ ...reason, text: 'Ring på 20 30 40 50 for at flytte' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DomainException);
    const sut = caught as DomainException;
    expect(sut.code).toBe(ErrorCode.NotAnonymous);
    expect(sut.detail).toMatch(/^Årsagen indeholder oplysninger/);
    expect(sut.detail).not.toContain('20 30 40 50');
    expect(sut.extras.findings).toEqual([expect.objectContaining({ field: 'reason', type: 'phone' })]);
  });
});
