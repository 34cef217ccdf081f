import { AnonymisationChecker } from './anonymisation-checker';
import { suggestionFor } from './suggestions';
import { FINDING_TYPES } from './types';

describe('neutral rewrites', () => {
  it('has a Danish rewrite for every kind of finding', () => {
    for (const type of FINDING_TYPES) expect(suggestionFor(type).length).toBeGreaterThan(0);
    expect(suggestionFor('phone')).toBe('[telefonnummer fjernet]');
    expect(suggestionFor('cpr')).toBe('[CPR-nummer fjernet]');
    expect(suggestionFor('institution')).toBe('en skole i kommunen');
    expect(suggestionFor('name')).toBe('barnet');
  });

  it.each([
    ['Emil er 9 år.', 'barnet'],
    ['Emils mor har ringet.', 'barnets'],
    ['Mor Hanne siger det.', '[navn fjernet]'],
    ['Han hedder Tobse.', '[navn fjernet]'],
  ])('suggests a rewrite for the name in "%s" that fits the sentence', (text, suggestion) => {
    expect(new AnonymisationChecker().check(text).findings.map((finding) => finding.suggestion)).toEqual([
      suggestion,
    ]);
  });

  it('gives each finding its suggestion, and the rewritten text passes the check', () => {
    const sut = new AnonymisationChecker();
    const text = 'Lykke går på Langagerskolen og bor i Sabro. Mor: 22 33 44 55, cpr 011117-6027.';
    const { findings } = sut.check(text);
    expect(findings.map((finding) => finding.type)).toEqual(['name', 'institution', 'place', 'phone', 'cpr']);
    let rewritten = text;
    for (const finding of [...findings].reverse()) {
      rewritten = rewritten.slice(0, finding.start) + finding.suggestion + rewritten.slice(finding.end);
    }
    expect(sut.check(rewritten)).toEqual({ anonymous: true, findings: [] });
  });
});
