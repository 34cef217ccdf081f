import { AnonymisationChecker } from './anonymisation-checker';
import { hits } from './testing/hits';

describe('birth dates', () => {
  const sut = new AnonymisationChecker();
  const check = (text: string) => hits(text, sut.check(text));

  it.each([
    ['Drengen er født 12.03.2016.', '12.03.2016'],
    ['Født d. 3/4-2017 på Skejby.', '3/4-2017'],
    ['Født den 3/4 2017.', '3/4 2017'],
    ['Pigen (f. 14. februar 2012) går i 7. klasse.', '14. februar 2012'],
    ['f. 14 feb. 12', '14 feb. 12'],
    ['Fødselsdato: 2018-09-30', '2018-09-30'],
    ['fødselsdato 30-9-18', '30-9-18'],
    ['Barnet er født den 1. maj 2019.', '1. maj 2019'],
    ['DOB 01.02.2015', '01.02.2015'],
    ['f. 240917', '240917'],
    ['født 24092017', '24092017'],
    ['Drengen, 12.03.2016 (9 år), går i 3. klasse.', '12.03.2016'],
  ])('finds the date in "%s"', (text, date) => {
    expect(check(text)).toEqual([['birthdate', date]]);
  });

  it.each([
    ['Han er født juleaftensdag 2013.', 'juleaftensdag 2013'],
    ['Hun fylder 11 år den 4. april.', '4. april'],
    ['Han har fødselsdag d. 3. april.', '3. april'],
    ['Fødselsdag: 17/9', '17/9'],
    ['Født 2. juledag 2012.', '2. juledag 2012'],
  ])('finds the birth date written as a phrase in "%s"', (text, date) => {
    expect(check(text)).toEqual([['birthdate', date]]);
  });

  it('gives exact offsets and masks the middle digits', () => {
    expect(sut.check('Født 12.03.2016').findings).toEqual([
      { type: 'birthdate', start: 5, end: 15, excerpt: '12.**.**16', suggestion: '[fødselsdato fjernet]' },
    ]);
    expect(sut.check('født 1. maj 2019').findings[0].excerpt).toBe('1. m** ***9');
  });

  it.each([
    'Mødet er d. 12. marts 2027 kl. 9.',
    'Næste møde: 12.03.2027.',
    'Han er født i 2016 og går i 3. klasse.',
    'Født 31.02.2016 er ikke en dato.',
    'Vi ses f.eks. 12.03.2027.',
    'SDQ er udfyldt 01.02.2025 af mor.',
  ])('leaves "%s" alone', (text) => {
    expect(check(text)).toEqual([]);
  });
});
