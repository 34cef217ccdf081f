// Lookup keys for words: lower case, "aa" written as "å" (Aase/Åse, Aarhus/Århus are the same word), and
// foreign accents folded so "René"/"Rene" and "Sjöberg"/"Sjøberg" meet. Keys are only ever compared
// with other keys, never shown.
const FOLDED: Readonly<Record<string, string>> = {
  á: 'a',
  à: 'a',
  â: 'a',
  ã: 'a',
  ä: 'æ',
  é: 'e',
  è: 'e',
  ê: 'e',
  ë: 'e',
  í: 'i',
  ì: 'i',
  î: 'i',
  ï: 'i',
  ó: 'o',
  ò: 'o',
  ô: 'o',
  õ: 'o',
  ö: 'ø',
  ú: 'u',
  ù: 'u',
  û: 'u',
  ü: 'u',
  ý: 'y',
  ñ: 'n',
  ç: 'c',
  ş: 's',
  ğ: 'g',
  ı: 'i',
  č: 'c',
  š: 's',
  ž: 'z',
  ć: 'c',
  ł: 'l',
  ń: 'n',
  ś: 's',
  ź: 'z',
  ż: 'z',
  '’': "'",
};
const FOLDABLE = /[áàâãäéèêëíìîïóòôõöúùûüýñçşğıčšžćłńśźż’]/g;

export function wordKey(word: string): string {
  return word
    .toLowerCase()
    .replace(/aa/g, 'å')
    .replace(FOLDABLE, (c) => FOLDED[c] ?? c);
}

/** Splits a plainly formatted data text (words separated by white space, `#` comments) into keys. */
export function wordSet(...texts: string[]): Set<string> {
  const keys = new Set<string>();
  for (const text of texts) {
    for (const line of text.split('\n')) {
      const content = line.replace(/#.*/, '').trim();
      if (!content) continue;
      for (const word of content.split(/\s+/)) keys.add(wordKey(word));
    }
  }
  return keys;
}

export function isUpperCaseLetter(char: string | undefined): boolean {
  return char !== undefined && char !== char.toLowerCase() && char === char.toUpperCase();
}
