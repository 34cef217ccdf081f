import { FIRST_NAMES } from './data/first-names';
import { POSTCODES } from './data/postcodes';
import { SURNAMES } from './data/surnames';
import { buildLexicon } from './lexicon';
import { wordSet } from './normalise';

describe('the shipped word lists', () => {
  const sut = buildLexicon();

  it('holds a few thousand first names and a couple of thousand surnames', () => {
    expect(wordSet(FIRST_NAMES).size).toBeGreaterThanOrEqual(2500);
    expect(wordSet(SURNAMES).size).toBeGreaterThanOrEqual(1700);
  });

  it('writes every postcode line as "NNNN Town" or "NNNN-NNNN Town", with other spellings after " / "', () => {
    const lines = POSTCODES.split('\n').filter((line) => line.trim() && !line.startsWith('#'));
    expect(lines.length).toBeGreaterThan(600);
    for (const line of lines) expect(line).toMatch(/^\d{4}(-\d{4})? \S.*$/);
  });

  it('knows the postcodes of the Region Midtjylland municipalities and Copenhagen', () => {
    const towns = (code: number) => sut.postcodes.townsFor(code)?.map((town) => town.join(' '));
    expect(towns(8000)).toContain('århus c');
    expect(towns(7400)).toEqual(['herning']);
    expect(towns(1620)).toContain('københavn v');
    expect(towns(1234)).toContain('københavn k');
    expect(towns(9999)).toBeUndefined();
  });

  it('keeps clinical vocabulary out of the name lists', () => {
    for (const word of ['adhd', 'sdq', 'cool', 'kids', 'ppr', 'bup', 'mandag', 'marts', 'aarhus']) {
      expect(sut.firstNames.has(word) || sut.surnames.has(word)).toBe(false);
    }
  });
});
