import { FindingType } from './types';

// Neutral rewrites per kind: wording that keeps a case description readable for the psychiatrist while
// saying nothing that points at one child. A detector may give a closer one for its hit (a kindergarten
// is "en børnehave i kommunen", not a school).
const SUGGESTIONS: Readonly<Record<FindingType, string>> = {
  cpr: '[CPR-nummer fjernet]',
  name: 'barnet',
  address: '[adresse fjernet]',
  postcode: '[postnummer og by fjernet]',
  phone: '[telefonnummer fjernet]',
  email: '[e-mail fjernet]',
  birthdate: '[fødselsdato fjernet]',
  institution: 'en skole i kommunen',
  place: 'en by i kommunen',
  handle: '[brugernavn fjernet]',
  plate: '[nummerplade fjernet]',
  case_number: '[sagsnummer fjernet]',
  other: '[oplysning fjernet]',
};

/** The default neutral Danish rewrite for a kind of finding. */
export function suggestionFor(type: FindingType): string {
  return SUGGESTIONS[type];
}
