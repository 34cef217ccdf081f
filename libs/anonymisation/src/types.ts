export type FindingType = 'cpr' | 'name' | 'address' | 'postcode' | 'phone' | 'email' | 'birthdate' | 'other';

/** One identifying hit: `start`/`end` are offsets into the checked text (end exclusive). */
export interface AnonymisationFinding {
  type: FindingType;
  start: number;
  end: number;
  /** The hit partly masked ("12****-**34", "P*** H*****"); never the whole identifier. */
  excerpt: string;
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
}
