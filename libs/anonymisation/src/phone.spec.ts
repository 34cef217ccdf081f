import { AnonymisationChecker } from './anonymisation-checker';
import { hits } from './testing/hits';

describe('phone numbers', () => {
  const sut = new AnonymisationChecker();
  const check = (text: string) => hits(text, sut.check(text));

  it.each([
    '12345678',
    '12 34 56 78',
    '1234 5678',
    '23-45-67-89',
    '86.12.34.56',
    '+45 12345678',
    '+45 12 34 56 78',
    '+4512345678',
    '0045 1234 5678',
    '0045-12345678',
    '(+45) 12 34 56 78',
  ])('finds %s', (phone) => {
    expect(check(`Mor kan træffes på ${phone} om formiddagen.`)).toEqual([['phone', phone]]);
  });

  it('gives exact offsets and masks the middle digits', () => {
    const [finding] = sut.check('Tlf. 12 34 56 78').findings;
    expect(finding).toEqual({
      type: 'phone',
      start: 5,
      end: 16,
      excerpt: '12 ** ** 78',
      suggestion: '[telefonnummer fjernet]',
    });
  });

  it.each([
    ['a date with a four-digit year', 'Mødet er 22.03.2026 kl. 9.'],
    ['two years', 'Skoleåret 2025 2026 gik godt.'],
    ['a longer number', 'Kontonummer 1234567890123.'],
    ['seven digits', 'Nummer 1234567.'],
    ['mixed separators', 'Scorer 12 34-56.78.'],
    ['scores in a table', 'SDQ: 5 3 6 2 4, total 20.'],
  ])('does not take %s for a phone number', (_, text) => {
    expect(check(text).filter(([type]) => type === 'phone')).toEqual([]);
  });
});
