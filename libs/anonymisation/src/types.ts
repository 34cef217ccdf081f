/**
 * The kinds of identifying data. Other parts of the platform (the API's findings, the web app's panel)
 * build against exactly these names.
 */
export const FINDING_TYPES = [
  'cpr',
  'name',
  'address',
  'postcode',
  'phone',
  'email',
  'birthdate',
  'institution',
  'place',
  'handle',
  'plate',
  'case_number',
  'other',
] as const;
export type FindingType = (typeof FINDING_TYPES)[number];

/** One identifying hit: `start`/`end` are offsets into the checked text (end exclusive). */
export interface AnonymisationFinding {
  type: FindingType;
  start: number;
  end: number;
  /** The hit partly masked ("12****-**34", "P*** H*****"); never the whole identifier. */
  excerpt: string;
  /** A neutral Danish rewrite the user may put in place of the hit ("barnet", "en skole i kommunen"). */
  suggestion: string;
}

export interface AnonymisationResult {
  anonymous: boolean;
  /** Sorted by `start`, never overlapping. */
  findings: AnonymisationFinding[];
}

/** A hit before masking and before overlaps between detectors are resolved. */
export interface Span {
  type: FindingType;
  start: number;
  end: number;
  /** A rewrite that fits this hit better than its kind's default ("en børnehave i kommunen"). */
  suggestion?: string;
}
