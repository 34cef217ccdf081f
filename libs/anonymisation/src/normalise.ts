// Lookup keys for words: lower case, "aa" written as "å" (Aase/Åse, Aarhus/Århus are the same word), and
// foreign accents folded so "René"/"Rene" and "Sjöberg"/"Sjøberg" meet. Keys are only ever compared
// with other keys, never shown.
// Each pair: a foreign letter and the Danish letter it is folded to.
const FOLDED = new Map(
  "áa àa âa ãa äæ ée èe êe ëe íi ìi îi ïi óo òo ôo õo öø úu ùu ûu üu ýy ñn çc şs ğg ıi čc šs žz ćc łl ńn śs źz żz ’'"
    .split(' ')
    .map((pair): [string, string] => [pair[0], pair[1]]),
);
const FOLDABLE = /[áàâãäéèêëíìîïóòôõöúùûüýñçşğıčšžćłńśźż’]/g;

export function wordKey(word: string): string {
  return word
    .toLowerCase()
    .replace(/aa/g, 'å')
    .replace(FOLDABLE, (c) => FOLDED.get(c) ?? c);
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
