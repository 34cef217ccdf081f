import { AnonymisationChecker } from './anonymisation-checker';
import { hits } from './testing/hits';

describe('postcodes with town', () => {
  const sut = new AnonymisationChecker();
  const check = (text: string) => hits(text, sut.check(text));

  it.each([
    '8000 Aarhus C',
    '8000 Århus C',
    '8000 Aarhus',
    '8260 Viby J',
    '2800 Kgs. Lyngby',
    '2800 Kongens Lyngby',
    '1620 København V',
    '2100 København Ø',
    '5000 Odense C',
    '9000 Aalborg',
    '7400 Herning',
    '8305 Samsø',
    'DK-6700 Esbjerg',
    '4500 Nykøbing Sj',
  ])('finds %s', (postcode) => {
    expect(check(`Mødet holdes i ${postcode} i næste uge.`)).toEqual([['postcode', postcode]]);
  });

  it('finds a postcode written with the town of another postcode', () => {
    expect(check('Adressen er 8001 Aarhus C.')).toEqual([['postcode', '8001 Aarhus C']]);
  });

  it('takes an unknown town when the text says it is an address', () => {
    expect(check('Familien bor i 8888 Nyby.')).toEqual([['postcode', '8888 Nyby']]);
    expect(check('Skovvej 3, 8888 Nyby')).toEqual([
      ['address', 'Skovvej 3'],
      ['postcode', '8888 Nyby'],
    ]);
  });

  it('gives exact offsets and masks each word', () => {
    expect(sut.check('Bor i 8000 Aarhus C.').findings).toEqual([
      {
        type: 'postcode',
        start: 6,
        end: 19,
        excerpt: '8*** A***** C',
        suggestion: '[postnummer og by fjernet]',
      },
    ]);
  });

  it.each([
    ['a year before a capitalised word', 'I 2019 Startede han i skole. Fra 2024 Aarhus Kommune.'],
    ['a score', 'SDQ 1920 Forældre'],
    ['a year on its own', 'Han flyttede i 2020.'],
    ['a postcode without a town', 'Der er 8000 indbyggere i byen.'],
  ])('does not take %s for a postcode', (_, text) => {
    expect(check(text).filter(([type]) => type === 'postcode')).toEqual([]);
  });
});
