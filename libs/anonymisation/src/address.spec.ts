import { AnonymisationChecker } from './anonymisation-checker';
import { hits } from './testing/hits';

describe('street addresses', () => {
  const sut = new AnonymisationChecker();
  const check = (text: string) => hits(text, sut.check(text));

  it.each([
    'Skovvej 12',
    'Nørregade 4B',
    'Nørregade 4 B',
    'Birkealle 3a',
    'Kirkestræde 12-14',
    'Torvet 3',
    'Solbakken 7',
    'Egevænget 5',
    'Rosenhaven 9',
    'Åvej 3',
    'Skovvej nr. 17',
    'Skovvej 12, 2. tv',
    'Skovvej 12, st. th',
    'Skovvej 12, st',
    'Skovvej 12 1. th',
    'Skovvej 12, 3. mf',
    'Skovvej 12, 1. sal',
    'Skovvej 12, 2 th',
    'Gammel Kongevej 101',
    'Ny Østergade 4',
    'Peter Bangs Vej 30, 3. mf',
    'H.C. Andersens Boulevard 14',
    'Sankt Annæ Plads 2',
    'Nørre Allé 45',
    'skovvej 14',
  ])('finds %s', (address) => {
    expect(check(`Familien bor på ${address}.`)).toEqual([['address', address]]);
  });

  it('ends the address before a sentence-ending full stop and a following postcode', () => {
    const text = 'Adresse: Skovvej 12, 2. tv., 8000 Aarhus C.';
    expect(check(text)).toEqual([
      ['address', 'Skovvej 12, 2. tv'],
      ['postcode', '8000 Aarhus C'],
    ]);
  });

  it('finds a street without number where someone lives or before a postcode', () => {
    // Ry is a small town: a place that pins the family down too (issue 12).
    expect(check('Familien bor på Hasselvej i Ry.')).toEqual([
      ['address', 'Hasselvej'],
      ['place', 'Ry'],
    ]);
    expect(check('Hasselvej, 8680 Ry')).toEqual([
      ['address', 'Hasselvej'],
      ['postcode', '8680 Ry'],
    ]);
  });

  it('gives exact offsets and masks each word', () => {
    expect(sut.check('Bor på Skovvej 12, 2. tv.').findings).toEqual([
      { type: 'address', start: 7, end: 24, excerpt: 'S****** 1*, 2. t*', suggestion: '[adresse fjernet]' },
    ]);
  });

  it.each([
    ['a number of times', 'Han har været i Parken 3 gange.'],
    ['a kindergarten', 'Børnehaven 2 dage om ugen.'],
    ['an ordinary compound', 'Vurdering 2: angst. Drengen 1 og Drengen 2.'],
    ['a school step', 'Indsatsen er i trin 2 og klasse 3.'],
    ['a street name without number or context', 'Vi mødtes ved Skovvej i går.'],
    ['the way to school', 'Hans skolevej 2 km er lang.'],
    ['a shortcut', 'Han tager en omvej 3 dage om ugen.'],
    ['the ring road', 'De kørte ad Ring 3 til Skejby.'],
  ])('does not take %s for an address', (_, text) => {
    expect(check(text).filter(([type]) => type === 'address')).toEqual([]);
  });
});
