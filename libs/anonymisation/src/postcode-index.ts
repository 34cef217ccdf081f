import { POSTCODES } from './data/postcodes';
import { wordKey } from './normalise';

/** A town as a sequence of word keys ("Aarhus C" → ["århus", "c"]), with dots dropped ("Kgs."). */
export type TownWords = readonly string[];

export interface PostcodeIndex {
  /** Towns (with other spellings) for a postcode, or undefined when the number is not a postcode. */
  townsFor(postcode: number): readonly TownWords[] | undefined;
  /** Every town of every postcode, for a postcode written with the wrong town. */
  readonly allTowns: readonly TownWords[];
  /** Every word of every town name ("aarhus", "kongens", "lyngby"), for telling places from names. */
  readonly townWordKeys: ReadonlySet<string>;
  /** Post towns of one word, however short ("ry", "tranbjerg"), for the place gazetteer. */
  readonly oneWordTowns: ReadonlySet<string>;
}

export function townWords(town: string): TownWords {
  return town
    .split(/[\s.]+/)
    .filter((part) => part.length > 0)
    .map(wordKey);
}

export function buildPostcodeIndex(data: string = POSTCODES): PostcodeIndex {
  const byCode = new Map<number, TownWords[]>();
  const ranges: { from: number; to: number; towns: TownWords[] }[] = [];
  const allTowns: TownWords[] = [];
  const townWordKeys = new Set<string>();
  const oneWordTowns = new Set<string>();
  for (const line of data.split('\n')) {
    const content = line.replace(/#.*/, '').trim();
    const match = /^(\d{4})(?:-(\d{4}))?\s+(.+)$/.exec(content);
    if (!match) continue;
    const towns = match[3].split(' / ').map(townWords);
    for (const town of towns) {
      allTowns.push(town);
      for (const key of town) if (key.length > 2) townWordKeys.add(key);
      if (town.length === 1) oneWordTowns.add(town[0]);
    }
    const from = Number(match[1]);
    if (match[2]) ranges.push({ from, to: Number(match[2]), towns });
    else byCode.set(from, [...(byCode.get(from) ?? []), ...towns]);
  }
  return {
    townsFor: (postcode) =>
      byCode.get(postcode) ?? ranges.find((r) => postcode >= r.from && postcode <= r.to)?.towns,
    allTowns,
    townWordKeys,
    oneWordTowns,
  };
}
