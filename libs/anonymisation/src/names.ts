import { DanishDictionary } from './danish-dictionary';
import { Lexicon } from './lexicon';
import { isAllCaps, isCapitalised, opensSentence, Word } from './text-scan';
import { Span } from './types';

/*
 * Person names. Each word is first classified on its own, then runs of adjacent capitalised words
 * ("Anne-Marie Holm Jensen", "H.C. Andersen") are judged together:
 *
 * - A title, relation or naming phrase just before the run makes it a name, gazetteer or not:
 *   "mor Hanne", "pædagogen, Lotte", "hedder Xu", "Kære Jonna", "Med venlig hilsen\nJonna Lind",
 *   "Fra: …", and "Xs mor" (genitive before a relation word).
 * - Without such context the run needs a gazetteer name: one unambiguous first name or surname is
 *   enough ("Emil er 9 år"). A name that is also an ordinary word (Bo, Ask, Sol, Storm, Lærke, Hans …)
 *   needs more: a second name beside it ("Bo Jensen"), a capital in mid-sentence where Danish writes
 *   ordinary words in lower case ("legede med Storm"), or, at a sentence start where everything is
 *   capitalised, a verb that makes it the subject ("Storm er 9 år", but not "Hans mor …").
 * - Clinical vocabulary, authorities, places, weekdays and months are never names on their own, and
 *   after "Sankt"/"Kong"/"Dronning" a name belongs to a saint, king or holiday ("Sankt Hans").
 */

/**
 * name: a gazetteer name; ambiguous: a gazetteer name that is also a word (or very short); unknown: a
 * capitalised word in no list; word: an ordinary word, weekday, month or town, or a clinical eponym that
 * is also a surname — a name only after a person context; blocked: never a name (clinical vocabulary,
 * acronyms, numbers); initial: "H." in "H.C. Andersen"; lower: a word in lower case.
 */
type WordKind = 'name' | 'ambiguous' | 'unknown' | 'word' | 'initial' | 'blocked' | 'lower';
interface WordInfo {
  kind: WordKind;
  allCaps: boolean;
  /** For kind "word": an ordinary Danish word or a weekday/month, not a town or an eponym. */
  ordinary: boolean;
  /** A capitalised clinical word ("Fonagy", "Hejlskov", "Cool"). */
  clinical?: boolean;
  /** For kind "word": a surname too ("Nyborg", "Greve"), so it joins a name before it ("Peter Nyborg"). */
  surname?: boolean;
  /** A capitalised word in no list and not in the Danish dictionary: "Tobse", "Dawit", "Simran". */
  stranger?: boolean;
  /** An ambiguous word only because of its capital ("Mikke"): a name in mid-sentence only. */
  weak?: boolean;
  /** A stranger that is an English word ("Patrol", "College"): with another such, a title, not a name. */
  english?: boolean;
}
type Context = 'royal' | 'naming' | 'person';

const CHAINABLE: ReadonlySet<WordKind> = new Set(['name', 'ambiguous', 'unknown', 'initial']);
// Lower-case particles inside a name: "Anne de Vries", "Ahmed bin Salem", "Ludvig von Holstein".
const PARTICLES = new Set('von van de af da di du el al bin ibn le la ter zu'.split(' '));
const TITLES_WITH_DOT = new Set(['hr', 'fr', 'frk', 'dr']);
// Definite nouns that name places and services, not people: "Lægehuset", "Familiecentret", "Skolen".
const INSTITUTION_ENDINGS = (
  'huset centret centeret klinikken skolen hjemmet stuen haven gården afdelingen institutionen tilbuddet ' +
  'teamet klubben praksis hospitalet sygehuset'
).split(' ');
// Words before a person: "med Mikke", "og Pip", "hos Mulle", "passer Lulu", "savner Fnug".
const PERSON_WORDS_BEFORE = new Set(
  (
    'med hos at som end ven veninde kammerat kæreste sammen passer henter savner driller slår skubber ' +
    'møder besøger hjælper leger ringer skriver elsker hader kender'
  ).split(' '),
);
const PLACE_PREPOSITIONS = new Set(
  'i på ved fra mod gennem over under bag foran udenfor indenfor'.split(' '),
);
const DETERMINERS = new Set(
  'en et den det de min mit mine din dit dine sin sit sine vores jeres deres hans hendes dens dets denne dette disse nogle ingen hver'.split(
    ' ',
  ),
);
const ONLY_SPACES = /^[ \t\u00a0]+$/;

export function findNames(
  text: string,
  words: readonly Word[],
  lexicon: Lexicon,
  dictionary: DanishDictionary,
  englishWords: DanishDictionary,
): Span[] {
  return new NameFinder(text, words, lexicon, dictionary, englishWords).find();
}

class NameFinder {
  private readonly info: WordInfo[];

  constructor(
    private readonly text: string,
    private readonly words: readonly Word[],
    private readonly lexicon: Lexicon,
    dictionary: DanishDictionary,
    englishWords: DanishDictionary,
  ) {
    this.info = words.map((word) => classify(word, text, lexicon, dictionary, englishWords));
    this.blockFamousNamesAndTitles();
  }

  /**
   * People discussed as such ("Astrid Lindgren", "Emil fra Lønneberg", "Halfdan Rasmussens rim") and the
   * title of a book, film or game right after "læst", "bogen" … ("har læst Matilda") are not the case's
   * people: their words are blocked before any run is judged.
   */
  private blockFamousNamesAndTitles(): void {
    const famous = this.lexicon.famousPeople;
    // The last word of a name may carry a compound: "Harry Potter-bøgerne". A one-word famous name inside
    // a hyphenated word is not taken ("Bamse-Bent" is a nickname, not the teddy bear).
    const keyAt = (k: number, lastOfSeveral: boolean) => {
      const key = this.words[k].key;
      const hyphen = key.indexOf('-');
      return hyphen < 0 || !lastOfSeveral ? key : key.slice(0, hyphen);
    };
    for (let first = 0; first < this.words.length; first++) {
      if (!this.lexicon.famousFirstWords.has(keyAt(first, false))) continue;
      for (let length = Math.min(4, this.words.length - first); length >= 1; length--) {
        const keys = Array.from({ length }, (_, k) => keyAt(first + k, length > 1 && k === length - 1));
        const last = keys.length - 1;
        const genitive = keys[last].endsWith('s')
          ? [...keys.slice(0, last), keys[last].slice(0, -1)]
          : undefined;
        // "familien Bach", "hr. Wagner": a person of the case who shares a famous name.
        const previous = this.words[first - 1];
        const beforePrevious = this.words[first - 2];
        const personBefore =
          previous !== undefined &&
          (this.lexicon.relationWords.has(previous.key) ||
            this.lexicon.namingWords.has(previous.key) ||
            previous.key === 'selv' || // "kalder sig selv Pippi"
            (['ham', 'hende', 'sig'].includes(previous.key) &&
              (beforePrevious?.key.startsWith('kald') ?? false)));
        if (!personBefore && (famous.has(keys.join(' ')) || (genitive && famous.has(genitive.join(' '))))) {
          for (let k = first; k < first + length; k++)
            this.info[k] = { kind: 'blocked', allCaps: false, ordinary: false };
          first += length - 1;
          break;
        }
      }
    }
    for (let k = 1; k < this.words.length; k++) {
      if (!this.lexicon.titleCues.has(this.words[k - 1].key)) continue;
      const gap = this.text.slice(this.words[k - 1].end, this.words[k].start);
      if (ONLY_SPACES.test(gap) && isCapitalised(this.words[k])) {
        this.info[k] = { kind: 'blocked', allCaps: false, ordinary: false };
      }
    }
  }

  find(): Span[] {
    const spans: Span[] = [];
    let index = 0;
    while (index < this.words.length) {
      const kind = this.info[index].kind;
      if (kind === 'lower' && this.isLowerCaseNameAfterNamingWord(index)) {
        spans.push(this.span(index, index));
        index++;
        continue;
      }
      const startsAfterContext = this.startsRunAfterContext(index);
      if (!CHAINABLE.has(kind) && !startsAfterContext) {
        index++;
        continue;
      }
      const last = startsAfterContext && kind === 'lower' ? this.endOfRun(index + 1) : this.endOfRun(index);
      const span = this.judgeRun(index, last);
      if (span) spans.push(span);
      index = last + 1;
    }
    return spans;
  }

  private endOfRun(first: number): number {
    let last = first;
    for (;;) {
      const next = last + 1;
      const surnameAfterName =
        this.info[next]?.surname === true && ['name', 'ambiguous'].includes(this.info[last].kind);
      if (
        next < this.words.length &&
        (CHAINABLE.has(this.info[next].kind) || surnameAfterName) &&
        this.joined(last, next)
      ) {
        last = next;
      } else if (
        next + 1 < this.words.length &&
        PARTICLES.has(this.words[next].key) &&
        this.joined(last, next) &&
        this.joined(next, next + 1) &&
        ['name', 'ambiguous', 'unknown'].includes(this.info[next + 1].kind)
      ) {
        last = next + 1;
      } else {
        return last;
      }
    }
  }

  /** Two words belong to one name when only spaces (or an initial's full stop) separate them. */
  private joined(left: number, right: number): boolean {
    const gap = this.text.slice(this.words[left].end, this.words[right].start);
    return this.info[left].kind === 'initial' ? /^\.[ \t]*$/.test(gap) : ONLY_SPACES.test(gap);
  }

  /**
   * A word that is not a name on its own can still open a name right after a person context: a particle
   * ("familien de Neergaard"), or an ordinary word or town after "hedder" ("hedder Herlev").
   */
  private startsRunAfterContext(index: number): boolean {
    const { kind } = this.info[index];
    const next = this.words[index + 1];
    if (kind === 'lower') {
      return (
        PARTICLES.has(this.words[index].key) &&
        next !== undefined &&
        this.joined(index, index + 1) &&
        ['name', 'ambiguous', 'unknown', 'word'].includes(this.info[index + 1].kind) &&
        this.contextBefore(index) !== undefined &&
        this.contextBefore(index) !== 'royal'
      );
    }
    if (kind !== 'word') return false;
    const context = this.contextBefore(index);
    return context === 'naming' || (context === 'person' && !this.info[index].ordinary);
  }

  private judgeRun(first: number, last: number): Span | undefined {
    const context = this.contextBefore(first);
    if (context === 'royal' || this.isMunicipalityName(last)) return undefined;
    const startsSentence = opensSentence(this.text, this.words, first);
    let from = first;
    // At a sentence start a capital proves nothing: an unknown first word is just the sentence's opener.
    // Unless the run is a whole name of words no dictionary knows ("Dawit Tesfaye har …") or a single such
    // word is the subject of the sentence ("Tobse er 9 år").
    if (
      !context &&
      startsSentence &&
      this.info[first].kind === 'unknown' &&
      !this.isForeignFullName(first, last) &&
      !(first === last && this.info[first].stranger && (this.subjectCueAfter(last) || this.ageCueAfter(last)))
    ) {
      from++;
      while (from <= last && this.info[from].kind === 'lower') from++; // a particle after it
    }
    if (!context && startsSentence && from === first && this.info[first].weak && !this.ageCueAfter(last))
      from++;
    if (from > last) return undefined;
    // "et Resumé", "den Lille": a capitalised word after an article or possessive is a noun, not a name;
    // "på Lejr", "i Zoo": after a place preposition it is where, not who.
    const before = this.words[from - 1]?.key ?? '';
    if (
      !context &&
      from === last &&
      this.info[from].weak &&
      (DETERMINERS.has(before) || PLACE_PREPOSITIONS.has(before))
    )
      return undefined;
    // A capital alone does not make "Klaver" or "Ked" a nickname: a word around it must speak of a person
    // ("med Mikke", "passer Lulu", "at Fie er", "Mikke og Tobse").
    if (!context && from === last && this.info[from].weak && !this.personAround(from)) return undefined;

    let names = 0;
    let ambiguous = 0;
    let unknown = 0;
    let strangers = 0;
    for (let k = from; k <= last; k++) {
      const { kind, allCaps, stranger } = this.info[k];
      if (kind === 'name') names++;
      else if (kind === 'ambiguous' && !allCaps) ambiguous++;
      else if (kind === 'unknown' || kind === 'word') unknown++;
      if (stranger) strangers++;
    }
    const hasWords = names + ambiguous + unknown > 0;
    // "Paw Patrol", "University College": two or more English words are a title or a brand.
    let englishWords = 0;
    for (let k = from; k <= last; k++) if (this.info[k].english) englishWords++;
    if (!context && englishWords >= 2 && englishWords === strangers && names === 0) return undefined;
    if (!hasWords) return this.allCapsNamesWithContext(from, last, context);
    if (context) {
      const isName = names + ambiguous > 0 || this.unknownNameInContext(from, last);
      return isName ? this.span(from, last) : undefined;
    }
    if (this.genitiveBeforeRelation(last)) return this.span(from, last);
    // "Bo Hejlskov", "Peter Fonagy" (a method's author), "Ritalin Uno" (a medicine's name).
    if (this.besideClinicalWord(from, last)) return undefined;

    const ambiguousOpensSentence = startsSentence && from === first && this.info[from].kind === 'ambiguous';
    // A capitalised word that no list and no dictionary knows, in mid-sentence where Danish writes
    // ordinary words in lower case, is a name: "legede med Tobse", "hos Mikke", "Simran Kaur".
    // A month or weekday opening a sentence ("August er den måned …") is a name only with an age after it.
    const timeWordOpens =
      ambiguousOpensSentence && this.lexicon.timeWords.has(this.words[from].key) && !this.ageCueAfter(last);
    if (timeWordOpens && names + strangers === 0) return undefined;
    const isName =
      strangers > 0 ||
      names > 0 ||
      ambiguous >= 2 ||
      (ambiguous === 1 &&
        (unknown > 0 || !ambiguousOpensSentence || this.subjectCueAfter(last) || this.ageCueAfter(last)));
    return isName ? this.span(from, last) : undefined;
  }

  /** Two or more capitalised words, each a name or a word no dictionary knows: "Dawit Tesfaye", "Thi Linh Tran". */
  private isForeignFullName(first: number, last: number): boolean {
    if (last === first) return false;
    for (let k = first; k <= last; k++) {
      const { kind, stranger } = this.info[k];
      if (!stranger && kind !== 'name' && kind !== 'initial') return false;
    }
    return true;
  }

  /** Names in capitals ("PETER HANSEN") are only taken after a title or naming phrase. */
  private allCapsNamesWithContext(
    from: number,
    last: number,
    context: Context | undefined,
  ): Span | undefined {
    if (!context) return undefined;
    for (let k = from; k <= last; k++) if (this.info[k].kind === 'ambiguous') return this.span(from, last);
    return undefined;
  }

  /** What the words just before `first` say about it: a naming phrase, another person context, or none. */
  private contextBefore(first: number): Context | undefined {
    const previous = this.words[first - 1];
    if (!previous) return undefined;
    const gap = this.text.slice(previous.end, this.words[first].start);
    const key = previous.key;
    const lexicon = this.lexicon;
    // "Set. Hans" is a saint; "har set Ali" is the verb "se".
    const verbSet = key === 'set' && !isCapitalised(previous);
    if (lexicon.royalAndSaintPrefixes.has(key) && !verbSet && /^\.?[ \t]+$/.test(gap)) return 'royal';
    if (lexicon.signOffWords.has(key) && /^[\s,.:!-]*$/.test(gap) && countLineBreaks(gap) <= 2)
      return 'person';
    if (lexicon.headerWords.has(key) && /^[ \t]*:[ \t]*$/.test(gap)) return 'person';
    const titleGap =
      /^[ \t]*[,:(–—-]?[ \t]*$/.test(gap) || (TITLES_WITH_DOT.has(key) && /^\.[ \t]*$/.test(gap));
    // "Kære Alle" is a greeting to everybody: "kære" opens a name but not an ordinary word.
    if (titleGap && lexicon.namingWords.has(key)) return key === 'kære' ? 'person' : 'naming';
    if (titleGap && lexicon.relationWords.has(key)) return 'person';
    if (lexicon.namingWords.has(key) && /^[ \t]*:[ \t]*\n[ \t]*$/.test(gap)) return 'naming'; // "Navn:\nEmil"

    const beforePrevious = this.words[first - 2];
    if (
      !beforePrevious ||
      !ONLY_SPACES.test(gap) ||
      !ONLY_SPACES.test(this.text.slice(beforePrevious.end, previous.start))
    ) {
      return undefined;
    }
    const earlier = beforePrevious.key;
    if (key === 'er' && lexicon.namingWords.has(earlier)) return 'naming'; // "navnet er Emil"
    if (['sig', 'ham', 'hende'].includes(key) && earlier.startsWith('kald')) return 'naming'; // "kalder sig Emil"
    if (key === 'til' && lexicon.relationWords.has(earlier)) return 'person'; // "mor til Emil"
    if (key === 'af' && lexicon.authorVerbs.has(earlier)) return 'person'; // "skrevet af Jonna Lind"
    return undefined;
  }

  /** "Emils mor", "Jonas' far": a genitive straight before a relation word names a person. */
  private genitiveBeforeRelation(last: number): boolean {
    const word = this.words[last];
    const next = this.words[last + 1];
    if (!next || !this.lexicon.relationWords.has(next.key)) return false;
    const gap = this.text.slice(word.end, next.start);
    const apostrophe = /^['’][ \t]+$/.test(gap);
    if (!apostrophe && !(ONLY_SPACES.test(gap) && /s$/i.test(word.text))) return false;
    // Without an apostrophe "Hans mor" is "his mother": ambiguous words need the apostrophe.
    return this.info[last].kind === 'name' || this.info[last].kind === 'unknown' || apostrophe;
  }

  /** "Nyborg Kommune", "Skive Kommunes PPR": the place, whatever the word. */
  private isMunicipalityName(last: number): boolean {
    const next = this.words[last + 1];
    return next !== undefined && next.key.startsWith('kommune') && this.joined(last, last + 1);
  }

  private besideClinicalWord(from: number, last: number): boolean {
    const next = this.words[last + 1];
    const previous = this.words[from - 1];
    const clinicalAfter =
      next !== undefined && this.info[last + 1].clinical === true && this.joined(last, last + 1);
    const clinicalBefore =
      previous !== undefined && this.info[from - 1].clinical === true && this.joined(from - 1, from);
    return clinicalAfter || clinicalBefore;
  }

  /**
   * Words in no list after a person context: "pædagogen Quenna", "Mor: Xuxu Qvist". Not institutions
   * ("Egen læge: Lægehuset …"), and not the first word of a sentence after a colon ("Mor: Arbejder som
   * pædagog"), which Danish capitalises.
   */
  private unknownNameInContext(from: number, last: number): boolean {
    for (let k = from; k <= last; k++) {
      if (INSTITUTION_ENDINGS.some((ending) => this.words[k].key.endsWith(ending))) return false;
    }
    const gap = this.text.slice(this.words[from - 1]?.end ?? 0, this.words[from].start);
    if (from !== last || !gap.includes(':')) return true;
    const after = this.text.slice(this.words[last].end, this.words[last].end + 20);
    return !/^[ \t]+\p{Ll}/u.test(after);
  }

  private personAround(index: number): boolean {
    const previous = this.words[index - 1];
    if (previous?.key === 'og') {
      // "med Mulle og Pip": the word before "og" is a person too; "Klaver og Guitar" are things.
      const other = this.info[index - 2];
      const otherIsPerson =
        other !== undefined &&
        ['name', 'ambiguous', 'unknown'].includes(other.kind) &&
        (!other.weak || PERSON_WORDS_BEFORE.has(this.words[index - 3]?.key ?? ''));
      if (otherIsPerson) return true;
    } else if (previous && PERSON_WORDS_BEFORE.has(previous.key)) {
      return true;
    }
    return this.subjectCueAfter(index) || this.ageCueAfter(index);
  }

  /** "Storm er 9 år", "Bo og Emil": what follows a sentence-initial ambiguous name shows it is one. */
  private subjectCueAfter(last: number): boolean {
    const next = this.words[last + 1];
    if (!next || !ONLY_SPACES.test(this.text.slice(this.words[last].end, next.start))) return false;
    // "Ask er et træ": a definition, not a person.
    const afterNext = this.words[last + 2];
    if (next.key === 'er' && (afterNext?.key === 'en' || afterNext?.key === 'et'))
      return this.ageCueAfter(last);
    if (this.lexicon.verbsAfterSubject.has(next.key)) return true;
    if (next.key !== 'og' || afterNext === undefined) return false;
    // "Sol og Emil", "Sol og hendes mor": a second person, or the first one's relation.
    const relation = this.words[last + 3];
    const possessiveRelation =
      ['hendes', 'hans', 'deres', 'sin', 'sine'].includes(afterNext.key) &&
      relation !== undefined &&
      this.lexicon.relationWords.has(relation.key);
    return (
      possessiveRelation ||
      this.info[last + 2].kind === 'name' ||
      (this.info[last + 2].kind === 'ambiguous' && !this.info[last + 2].weak)
    );
  }

  /**
   * "Mikke fylder 7 år", "Ask er 9 år", "Lykke (190613-xxxx)", "Mo, 8 år,": an age or a number right after
   * a word is said about a person.
   */
  private ageCueAfter(last: number): boolean {
    const after = this.text.slice(this.words[last].end, this.words[last].end + 40);
    return /^(?:[ \t]+(?:er|fylder|fyldte|bliver|blev|på)(?:[ \t]+(?:nu|snart|lige|netop))?[ \t]+\d{1,2}[ \t]*(?:år|måneder|mdr)|[ \t]*,[ \t]*\d{1,2}[ \t]*år|[ \t]*\([ \t]*\d)/u.test(
      after,
    );
  }

  /** "hedder emil": a lower-case first name right after a naming word (not an ordinary word). */
  private isLowerCaseNameAfterNamingWord(index: number): boolean {
    const previous = this.words[index - 1];
    const word = this.words[index];
    if (!previous || !this.lexicon.namingWords.has(previous.key) || previous.key === 'kære') return false;
    if (!/^[ \t]*:?[ \t]*$/.test(this.text.slice(previous.end, word.start))) return false;
    return this.lexicon.firstNames.has(word.key) && !this.lexicon.ordinaryWords.has(word.key);
  }

  private span(from: number, last: number): Span {
    return {
      type: 'name',
      start: this.words[from].start,
      end: this.words[last].end,
      suggestion: this.suggestion(from, last),
    };
  }

  /**
   * "barnet" reads well where the name stands for the child ("Emil er 9 år" → "barnet er 9 år"), and
   * "barnets" for a genitive ("Emils mor"); after a relation, title or naming word the name is simply
   * taken out ("mor Hanne", "hedder Emil"), since "mor barnet" would say something else.
   */
  private suggestion(from: number, last: number): string {
    const previous = this.words[from - 1];
    const gap = previous ? this.text.slice(previous.end, this.words[from].start) : '';
    const afterPerson =
      previous !== undefined &&
      /^[ \t,:(]*$/.test(gap) &&
      (this.lexicon.relationWords.has(previous.key) ||
        this.lexicon.namingWords.has(previous.key) ||
        this.lexicon.signOffWords.has(previous.key) ||
        this.lexicon.headerWords.has(previous.key));
    if (afterPerson) return '[navn fjernet]';
    // "Emils mor" → "barnets mor". ("Jonas' far" keeps its apostrophe outside the hit: "barnet").
    const next = this.words[last + 1];
    const genitive =
      /[^s]s$/.test(this.words[last].text) &&
      next !== undefined &&
      this.lexicon.relationWords.has(next.key) &&
      ONLY_SPACES.test(this.text.slice(this.words[last].end, next.start));
    return genitive ? 'barnets' : 'barnet';
  }
}

function classify(
  word: Word,
  text: string,
  lexicon: Lexicon,
  dictionary: DanishDictionary,
  englishWords: DanishDictionary,
): WordInfo {
  if (/\d/.test(word.text)) return { kind: 'blocked', allCaps: false, ordinary: false };
  if (word.text.length === 1) {
    const initial = isCapitalised(word) && text[word.end] === '.';
    return { kind: initial ? 'initial' : 'blocked', allCaps: false, ordinary: false };
  }
  if (!isCapitalised(word)) {
    return isLowerCaseName(word, lexicon, dictionary)
      ? { kind: 'name', allCaps: false, ordinary: false }
      : { kind: 'lower', allCaps: false, ordinary: true };
  }
  // "Polen", "Syrien", "Aarhus": places, whatever name lists say.
  if (lexicon.nonIdentifyingPlaces.has(word.key) && !isAllCaps(word))
    return { kind: 'word', allCaps: false, ordinary: false };
  const classified = classifyKey(word.key, lexicon);
  let { kind } = classified;
  let { ordinary } = classified;
  const lower = word.text.toLowerCase();
  // The dictionary's own spelling: "Lykke", also for "LYKKE".
  const capitalised = lower[0].toUpperCase() + lower.slice(1);
  let stranger = false;
  let weak = false;
  let english: boolean | undefined = false;
  const listedWord = lexicon.ordinaryWords.has(word.key) || lexicon.timeWords.has(word.key);
  if (kind === 'unknown' && !word.text.includes('-')) {
    const simpleWord = dictionary.isOrdinaryWord(lower);
    if (simpleWord || isCompoundOfWords(lower, dictionary)) {
      kind = 'word';
      // A compound the dictionary does not list ("Skolefraværet", but also "Aggerholm", "Rosenlund") is
      // no name on its own, but may be a surname after "familien" or "hr.".
      ordinary = simpleWord;
      if (simpleWord && dictionary.isProperNoun(capitalised) && !dictionary.isPlace(capitalised)) {
        kind = 'ambiguous'; // "Mo", "Lykke": words that Danish also uses as names
      } else if (simpleWord && lower.length <= 6 && !isAllCaps(word) && dictionary.isStem(lower)) {
        // Only a bare stem: "Skoven", "Hallen", "Landet" capitalised are the definite noun, not a nickname.
        // A short word that a capital in mid-sentence makes a nickname ("med Mikke"); never at a sentence
        // start, where every word is capitalised.
        kind = 'ambiguous';
        weak = true;
      }
    } else if (dictionary.isPlace(capitalised)) {
      kind = 'word';
    } else if (dictionary.isProperNoun(capitalised)) {
      kind = 'name'; // "Kaur", "Tesfaye": names Danish knows, that are no ordinary word
    } else {
      stranger = !isAllCaps(word) && word.text.length >= 2;
      english = stranger && englishWords.isOrdinaryWord(lower);
    }
  } else if (kind === 'unknown') {
    // "Skole-Hjem", "Børne-Unge", "CPR-numre", "PDF-sagsresuméer": every part an ordinary word, a
    // compound of words, or an acronym in capitals.
    const parts = word.text.split('-').filter((part) => part.length > 0);
    const wordOrAcronym = (part: string) =>
      (part.length > 1 && part === part.toUpperCase()) ||
      dictionary.isOrdinaryWord(part.toLowerCase()) ||
      isCompoundOfWords(part.toLowerCase(), dictionary);
    if (parts.every(wordOrAcronym)) {
      kind = 'word';
      ordinary = true;
    } else {
      stranger = !isAllCaps(word);
    }
  } else if (kind === 'word' && ordinary && !listedWord && !lexicon.municipalities.has(word.key)) {
    // "Sol", "Ask": ordinary words that Danish also uses as names.
    if (dictionary.isProperNoun(capitalised) && !dictionary.isPlace(capitalised)) kind = 'ambiguous';
  }
  if (!isAllCaps(word)) {
    const clinical = isClinical(word.key, lexicon);
    const surname = kind === 'word' && !ordinary && !clinical && nameHit(word.key, lexicon) !== undefined;
    return { kind, allCaps: false, ordinary, clinical, surname, stranger, weak, english };
  }
  // Acronyms (ADHD, SDQ, PPR) are never names; a gazetteer name in capitals ("ANTON") is one when it is no
  // ordinary word, and a name that is also a word ("LYKKE") needs a context.
  if (
    kind === 'name' &&
    word.text.length >= 3 &&
    (lexicon.firstNames.has(word.key) || lexicon.surnames.has(word.key)) &&
    !dictionary.isOrdinaryWord(lower)
  ) {
    return { kind: 'name', allCaps: false, ordinary: false };
  }
  const capsName = (kind === 'name' || kind === 'ambiguous') && word.text.length >= 3;
  return { kind: capsName ? 'ambiguous' : 'blocked', allCaps: true, ordinary };
}

/** "tina", "anton hansen": a gazetteer name typed in lower case, that is no Danish word ("per", "bo", "sol"). */
function isLowerCaseName(word: Word, lexicon: Lexicon, dictionary: DanishDictionary): boolean {
  const key = word.key;
  // Most lower-case words are in no name list: that test goes first.
  const listed = lexicon.firstNames.has(key) || (key.length >= 4 && lexicon.surnames.has(key));
  if (!listed || key.length < 3 || lexicon.ordinaryWords.has(key) || lexicon.timeWords.has(key)) return false;
  if (PARTICLES.has(key) || isClinical(key, lexicon) || lexicon.municipalities.has(key)) return false;
  return !dictionary.isOrdinaryWord(word.text) && !lexicon.postcodes.townWordKeys.has(key);
}

/**
 * Danish writes compounds as one word and the dictionary lists only the common ones: "Skolefraværet" is
 * "skole" + "fraværet". Two ordinary words, with an optional linking "s" or "e", make an ordinary word.
 */
const compoundCache = new Map<string, boolean>();

function isCompoundOfWords(lower: string, dictionary: DanishDictionary): boolean {
  let known = compoundCache.get(lower);
  if (known === undefined) {
    known = splitsIntoWords(lower, dictionary);
    if (compoundCache.size > 20_000) compoundCache.clear();
    compoundCache.set(lower, known);
  }
  return known;
}

function splitsIntoWords(lower: string, dictionary: DanishDictionary): boolean {
  // A last part of four letters or more: short ones make false compounds of names ("Matzen" = "mat" +
  // "zen"); a first part of two may be a real word ("Køoversigten").
  for (let split = 2; split <= lower.length - 4; split++) {
    const head = lower.slice(0, split);
    const tail = lower.slice(split);
    const capitalisedHead = head[0].toUpperCase() + head.slice(1);
    const headIsWord =
      dictionary.isOrdinaryWord(head) ||
      (/[se]$/.test(head) && dictionary.isOrdinaryWord(head.slice(0, -1))) ||
      dictionary.isPlace(capitalisedHead); // "Horsensklyngen", "Aarhusområdet"
    if (headIsWord && dictionary.isOrdinaryWord(tail)) return true;
  }
  return false;
}

function classifyKey(key: string, lexicon: Lexicon): { kind: WordKind; ordinary: boolean } {
  if (key.includes('-')) return { kind: classifyDoubleName(key, lexicon), ordinary: false };
  // "Peter's", "SFO'en", "PPR's": judged by the word before the apostrophe.
  const stem = /^(.+)['’](?:s|en|et|ens|ets|erne|ne)$/.exec(key)?.[1];
  if (stem) return classifyKey(stem, lexicon);
  if (lexicon.royalAndSaintPrefixes.has(key)) return { kind: 'blocked', ordinary: false };
  const hit = nameHit(key, lexicon);
  // Clinical words never count on their own; an eponym that is also a surname ("Williams" of Williams'
  // syndrome, "Hejlskov" of low arousal) can still follow "familien" or "hedder".
  if (isClinical(key, lexicon)) return { kind: hit && !hit.firstName ? 'word' : 'blocked', ordinary: false };
  // Municipalities count with ordinary words: not a name even after a title ("psykolog, Skive Kommune").
  const ordinary =
    lexicon.ordinaryWords.has(key) ||
    lexicon.timeWords.has(key) ||
    lexicon.municipalities.has(key) ||
    (hit !== undefined && lexicon.ordinaryWords.has(hit.matchedKey));
  const place = lexicon.postcodes.townWordKeys.has(key);
  // Holidays capitalised in mid-sentence ("efter Påske") are the holiday, also when a surname is spelt
  // the same (Paaske); months that are first names (August, Maj) stay ambiguous.
  if (hit && !hit.firstName && lexicon.timeWords.has(key)) return { kind: 'word', ordinary: true };
  if (hit) {
    // A surname that is also a municipality ("Nyborg", "Greve"): a name beside a first name or after
    // "familien", else the place.
    if (lexicon.municipalities.has(key))
      return { kind: hit.firstName ? 'ambiguous' : 'word', ordinary: false };
    // Bo, Ask, Sol, Storm, Lærke, Hans, Per, August, Maj, "Li": names that are also words or very short.
    if (ordinary || key.length <= 2) return { kind: 'ambiguous', ordinary };
    // A surname that is also a town ("Lemvig", "Ribe") is more often the town; a first name that is a
    // town too ("Tim", "Flemming") is more often the person.
    if (place) return { kind: hit.firstName ? 'ambiguous' : 'word', ordinary: false };
    return { kind: 'name', ordinary: false };
  }
  if (ordinary) return { kind: 'word', ordinary: true };
  return { kind: place ? 'word' : 'unknown', ordinary: false };
}

/** "Anne-Marie", "Hansen-Holm": a name when every part is one; "Kiddie-SADS", "Ikast-Brande" are not. */
function classifyDoubleName(key: string, lexicon: Lexicon): WordKind {
  const parts = key.split('-').filter((part) => part.length > 0);
  if (isClinical(key, lexicon) || parts.some((part) => isClinical(part, lexicon))) return 'blocked';
  if (parts.every((part) => nameHit(part, lexicon) !== undefined)) return 'name';
  // Nicknames: "Lille-Emil", "Store-Mads", "Mille-Mus": a first name joined to a word is still the name.
  if (parts.length === 2 && ['lille', 'store', 'søde'].includes(parts[0]) && nameHit(parts[1], lexicon))
    return 'name';
  if (
    parts.length === 2 &&
    parts.some((part) => lexicon.firstNames.has(part)) &&
    parts.every((p) => p.length >= 2)
  )
    return 'name';
  return lexicon.postcodes.townWordKeys.has(key) ? 'word' : 'unknown';
}

function isClinical(key: string, lexicon: Lexicon): boolean {
  return genitiveVariants(key).some((variant) => lexicon.clinicalWords.has(variant));
}

interface NameHit {
  matchedKey: string;
  firstName: boolean;
}

function nameHit(key: string, lexicon: Lexicon): NameHit | undefined {
  for (const variant of genitiveVariants(key)) {
    if (lexicon.firstNames.has(variant)) return { matchedKey: variant, firstName: true };
    if (lexicon.surnames.has(variant) || isDerivedSurname(variant, lexicon)) {
      return { matchedKey: variant, firstName: false };
    }
  }
  return undefined;
}

/** The word itself, then without a genitive ending: "Emils" → "emil", "Peter's" → "peter". */
function genitiveVariants(key: string): string[] {
  if (/['’]s$/.test(key)) return [key, key.slice(0, -2)];
  if (key.endsWith('s') && key.length > 3) return [key, key.slice(0, -1)];
  return [key];
}

/*
 * Surnames made by rule rather than listed: patronymics from a first name ("Mikkel" → "Mikkelsen",
 * "Jens" → "Jensen", "Ole" → "Olsen", "Thomas" → "Thomsen", "Nils" → "Nilsson", "Jensdatter"), and the
 * farm and place names in -gård/-gaard and -kjær ("Vestergaard", "Damkjær").
 */
function isDerivedSurname(key: string, lexicon: Lexicon): boolean {
  if (key.length < 6) return false;
  if ((key.endsWith('gård') || key.endsWith('kjær')) && key.length >= 7) return true;
  const suffix = ['datter', 'sen', 'søn', 'son'].find((s) => key.endsWith(s));
  if (!suffix) return false;
  const stem = key.slice(0, -suffix.length);
  const stems = [stem, `${stem}s`, `${stem}e`, `${stem}as`, stem.endsWith('s') ? stem.slice(0, -1) : stem];
  return stems.some((candidate) => candidate.length >= 2 && lexicon.firstNames.has(candidate));
}

function countLineBreaks(text: string): number {
  return (text.match(/\n/g) ?? []).length;
}
