import { DanishDictionary } from './danish-dictionary';
import { Lexicon } from './lexicon';
import { isUpperCaseLetter, wordKey } from './normalise';
import { isCapitalised, opensSentence, Word } from './text-scan';
import { Span } from './types';

/*
 * Named institutions pin a child down as surely as a name: its school, kindergarten, after-school club,
 * church or sports club, and its parents' workplace. Found by shape, not by list:
 * - one word ending in an institution noun: "Langagerskolen", "Sabro-Korsvejskolen", "Troldebørnehaven";
 * - capitalised words before an institution noun: "Skåde Skole", "Frijsenborg Efterskole", "Brabrand IF";
 * - an institution noun before a capitalised name: "børnehaven Mælkebøtten", "SFO'en Solsikken";
 * - a workplace: "arbejder hos Grundfos", "er ansat i Netto".
 * Words the Danish dictionary knows are generic ("Folkeskolen", "Specialskolen"), and so are compounds with
 * a generic first part ("Naturbørnehaven", "Heldagsskolen") that the dictionary does not list.
 */
interface InstitutionKind {
  nouns: string;
  suggestion: string;
}
const KINDS: readonly InstitutionKind[] = [
  {
    nouns:
      'skole skolen friskole friskolen efterskole efterskolen privatskole privatskolen realskole realskolen gymnasium gymnasiet skolehjem skolehjemmet',
    suggestion: 'en skole i kommunen',
  },
  {
    nouns:
      'børnehave børnehaven vuggestue vuggestuen børnehus børnehuset dagtilbud dagtilbuddet institution institutionen',
    suggestion: 'en børnehave i kommunen',
  },
  {
    nouns:
      "sfo sfo'en fritidsklub fritidsklubben ungdomsklub ungdomsklubben klub klubben fritidshjem fritidshjemmet",
    suggestion: 'fritidstilbuddet',
  },
  {
    nouns: 'kirke kirken sogn sognet menighed menigheden moské moskéen moske moskeen',
    suggestion: 'en kirke i området',
  },
  {
    nouns:
      'if bk fc boldklub boldklubben idrætsforening idrætsforeningen håndboldklub svømmeklub rideklub gymnastikforening spejdergruppe spejderne',
    suggestion: 'en idrætsforening i området',
  },
  {
    nouns: 'opholdssted opholdsstedet døgninstitution døgninstitutionen bosted bostedet',
    suggestion: 'et opholdssted',
  },
];
const WORKPLACE_SUGGESTION = 'en arbejdsplads i området';
const SUGGESTION_BY_NOUN = new Map(
  KINDS.flatMap((kind) => kind.nouns.split(' ').map((noun): [string, string] => [noun, kind.suggestion])),
);
// Endings of one-word names, longest first; "if"/"bk"/"fc"/"sfo" only stand as words of their own.
const COMPOUND_ENDINGS = [...SUGGESTION_BY_NOUN.keys()]
  .filter((noun) => noun.length >= 4 && !noun.includes("'"))
  .sort((a, b) => b.length - a.length);
const ENDS_IN_INSTITUTION_NOUN = new RegExp(`(?:${COMPOUND_ENDINGS.join('|')})$`, 'u');
// First parts that make a compound a kind of institution rather than a name.
const GENERIC_FIRST_PARTS = new Set(
  (
    'natur skov special heldags ungdoms fritids privat kommune fri efter idræts musik kunst real central ' +
    'by landsby folke modtage dag døgn bo ny gammel lille store egen anden første næste sidste hele ' +
    'nuværende tidligere kommende lokal lokale sogne frikirke valgmenigheds folkekirke skov- natur- ' +
    'intern ekstern heltids deltids behandlings dagbehandlings special- mini hjemme heldag'
  ).split(' '),
);
const NOUN_BEFORE_NAME = new RegExp(
  String.raw`(?<![\p{L}])(?<noun>børnehaven|vuggestuen|sfo(?:['’]en)?|klubben|fritidsklubben|ungdomsklubben|institutionen|opholdsstedet|døgninstitutionen|bostedet|skolen|efterskolen|friskolen|privatskolen|dagtilbuddet|børnehuset|fritidshjemmet|spejdergruppen|foreningen|menigheden|kirken|klub)[ \t]+(?<quote>["“'‘»]?)(?<name>\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2})`,
  'giu',
);
const WORKPLACE = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:mor|far|moren|faren|stedfar|stedmor|papfar|papmor|bonusfar|bonusmor)(?=[ \t]+hos)|arbejder|arbejdede|arbejde|ansat|ansættelse|job|fleksjob|deltidsjob|fritidsjob|studiejob|praktik|elev|lærling|chauffør|ekspedient|arbejdsplads(?:en)?)(?:[ \t]+som[ \t]+\p{Ll}+)?[ \t]+(?:hos|på|i|ved|for)[ \t]+(?<name>\p{Lu}[\p{L}\p{N}'’&.-]*(?:[ \t]+(?:&[ \t]+)?\p{Lu}[\p{L}\p{N}'’&.-]*){0,3}(?:[ \t]+A\/S)?)`,
  'gu',
);

export function findInstitutions(
  text: string,
  words: readonly Word[],
  lexicon: Lexicon,
  dictionary: DanishDictionary,
): Span[] {
  const spans: Span[] = [];
  const isOrdinary = (word: string) =>
    lexicon.ordinaryWords.has(wordKey(word)) || dictionary.isOrdinaryWord(word.toLowerCase());
  const isVocabulary = (word: string) =>
    lexicon.clinicalWords.has(wordKey(word)) || lexicon.timeWords.has(wordKey(word));

  for (let index = 0; index < words.length; index++) {
    const word = words[index];
    // One word: "Langagerskolen", also in the genitive ("Skovvangskolens specialklasse").
    const key =
      /[^s]s$/.test(word.key) && ENDS_IN_INSTITUTION_NOUN.test(word.key.slice(0, -1))
        ? word.key.slice(0, -1)
        : word.key;
    const ending = ENDS_IN_INSTITUTION_NOUN.test(key)
      ? COMPOUND_ENDINGS.find((e) => key.endsWith(e) && key.length >= e.length + 3)
      : undefined;
    // In lower case ("går på langagerskolen") only when the first part is no Danish word either: a lower-case
    // "bakkeskolen" may be any school on a hill.
    const firstPartOf = (e: string) => key.slice(0, -e.length).replace(/-$/, '');
    const named =
      ending !== undefined &&
      (isCapitalised(word) ||
        (firstPartOf(ending).length >= 4 &&
          !dictionary.isOrdinaryWord(firstPartOf(ending)) &&
          !isCompoundWord(firstPartOf(ending), dictionary)));
    if (ending && named && !isVocabulary(word.text) && !dictionary.isOrdinaryWord(key)) {
      const firstPart = firstPartOf(ending);
      const generic =
        GENERIC_FIRST_PARTS.has(firstPart) || GENERIC_FIRST_PARTS.has(firstPart.replace(/[se]$/, ''));
      if (!generic) {
        spans.push({
          type: 'institution',
          start: word.start,
          end: word.end,
          suggestion: SUGGESTION_BY_NOUN.get(ending),
        });
        continue;
      }
    }
    // Words before a noun: "Skåde Skole", "Vor Frue Kirke", "Brabrand IF".
    const suggestion = SUGGESTION_BY_NOUN.get(key);
    if (suggestion && index > 0) {
      let first = index;
      while (
        first > 0 &&
        index - first < 4 &&
        isCapitalised(words[first - 1]) &&
        (/^[ \t]+$/.test(text.slice(words[first - 1].end, words[first].start)) ||
          // an initial: "H.C. Andersen Skolen"
          (words[first - 1].text.length === 1 &&
            /^\.[ \t]*$/.test(text.slice(words[first - 1].end, words[first].start)))) &&
        !isVocabulary(words[first - 1].text) &&
        (words[first - 1].text.length === 1 ||
          !(
            isOrdinary(words[first - 1].text) &&
            (first - 1 === 0 || opensSentence(text, words, first - 1) || !isCapitalised(word))
          ))
      ) {
        first--;
      }
      // A lower-case "skole" after a capitalised word at a sentence start is just "Hans skole"; a city's
      // sports club ("Aarhus Svømmeklub") has thousands of members and says no more than the city.
      const cityClub =
        first === index - 1 &&
        suggestion === 'en idrætsforening i området' &&
        (lexicon.municipalities.has(wordKey(words[first].text)) ||
          lexicon.nonIdentifyingPlaces.has(wordKey(words[first].text)));
      if (first < index && !cityClub && (isCapitalised(word) || !isOrdinary(words[first].text))) {
        spans.push({ type: 'institution', start: words[first].start, end: word.end, suggestion });
      }
    }
  }
  for (const match of text.matchAll(NOUN_BEFORE_NAME)) {
    const name = match.groups?.name ?? '';
    // The regular expression ignores case for the noun; the name must really be capitalised. A capital
    // after the noun makes even an ordinary word a name ("børnehaven Mælkebøtten").
    const nameWords = name.split(/[ \t]+/);
    const kept: string[] = [];
    for (const part of nameWords) {
      if (!isUpperCaseLetter(part[0]) || isVocabulary(part) || lexicon.municipalities.has(wordKey(part)))
        break;
      if (kept.length > 0 && lexicon.ordinaryWords.has(wordKey(part))) break;
      kept.push(part);
    }
    if (kept.length === 0 || lexicon.ordinaryWords.has(wordKey(kept[0]))) continue;
    const noun = (match.groups?.noun ?? '').toLowerCase().replace('’', "'");
    const nameStart = match.index + match[0].length - name.length;
    let end = nameStart + kept.join(' ').length;
    if (match.groups?.quote && /["”'’«]/.test(text[end] ?? '')) end++;
    spans.push({
      type: 'institution',
      start: match.index,
      end,
      suggestion: SUGGESTION_BY_NOUN.get(noun) ?? 'en skole i kommunen',
    });
  }
  for (const match of text.matchAll(WORKPLACE)) {
    const raw = match.groups?.name ?? '';
    const name = raw.replace(/[.,]+$/, '');
    const first = name.split(/[ \t]+/)[0];
    // Capitalised after the preposition, even an ordinary word names the workplace ("i Netto"), but not
    // the municipality, a hospital site, an authority's acronym ("BUP") or a person ("mor hos Lone").
    const key = wordKey(first);
    if (lexicon.municipalities.has(key) || lexicon.nonIdentifyingPlaces.has(key)) continue;
    if (
      (first.length > 1 && first === first.toUpperCase() && lexicon.clinicalWords.has(key)) ||
      lexicon.firstNames.has(key)
    )
      continue;
    if (isOrdinary(first) && first.length > 7) continue; // "Familieafdelingen", "Hjemmeplejen"
    const start = match.index + match[0].length - raw.length;
    spans.push({ type: 'institution', start, end: start + name.length, suggestion: WORKPLACE_SUGGESTION });
  }
  return spans;
}

/** "bakke" + "vang": two dictionary words, so a lower-case "bakkevangskolen" is no proof of a name. */
function isCompoundWord(lower: string, dictionary: DanishDictionary): boolean {
  for (let split = 2; split <= lower.length - 2; split++) {
    if (dictionary.isOrdinaryWord(lower.slice(0, split)) && dictionary.isOrdinaryWord(lower.slice(split)))
      return true;
  }
  return false;
}
