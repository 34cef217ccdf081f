import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';

/**
 * Danish messages for every validation rule the DTOs use, naming the field in Danish. class-validator
 * only knows English ("email must be an email"); the validation pipe replaces its text with these, and
 * validation-messages.spec.ts walks every DTO to prove no rule is left without one. A decorator's own
 * `message` is not used: one list keeps the wording consistent.
 */

/** The Danish name of each DTO property, as the sentence's subject. */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  action: 'Handlingen',
  active: 'Aktiv',
  actorId: 'Aktøren',
  attendance: 'Fremmødet',
  available: 'Ledig',
  bookingId: 'Bookingen',
  capacity: 'Antal pladser',
  childAgeBand: 'Barnets alder',
  clientId: 'Client id',
  clientSecret: 'Client secret',
  code: 'Koden',
  comment: 'Kommentaren',
  contactId: 'Kontaktpersonen',
  cursor: 'Sidemarkøren',
  deputyContactId: 'Stedfortræderen',
  dryRun: 'Kun virkningen',
  email: 'E-mailadressen',
  emailDomains: 'E-maildomænerne',
  endsOn: 'Slutdatoen',
  format: 'Formatet',
  from: 'Fra-datoen',
  gpEmail: 'Lægens e-mailadresse',
  gpParticipated: 'Lægens deltagelse',
  groupBy: 'Grupperingen',
  includePublicHolidays: 'Helligdage',
  intervalWeeks: 'Intervallet i uger',
  issuer: 'Issuer',
  kind: 'Typen',
  limit: 'Antal pr. side',
  localLoginAllowed: 'Lokalt login',
  metadataUrl: 'Metadata-adressen',
  metadataXml: 'Metadata-XML',
  mfaToken: 'Loginforløbet',
  municipalityCode: 'Kommunekoden',
  municipalityId: 'Kommunen',
  municipalityIds: 'Kommunerne',
  name: 'Navnet',
  note: 'Notatet',
  offset: 'Startpositionen',
  participantEmails: 'Deltagernes e-mailadresser',
  password: 'Adgangskoden',
  population0to17: 'Antal 0-17-årige',
  profession: 'Faggruppen',
  q: 'Søgningen',
  question: 'Spørgsmålet',
  reason: 'Begrundelsen',
  recommendation: 'Anbefalingen',
  recoveryCode: 'Gendannelseskoden',
  refreshToken: 'Fornyelsesnøglen',
  role: 'Rollen',
  slotId: 'Tiden',
  startsAt: 'Starttidspunktet',
  startsOn: 'Startdatoen',
  startTime: 'Starttidspunktet',
  status: 'Status',
  step: 'Trinnet',
  text: 'Teksten',
  to: 'Til-datoen',
  token: 'Linket',
  topic: 'Emnet',
  value: 'Vurderingen',
  videoUrl: 'Videolinket',
  weekday: 'Ugedagen',
};

/** What a `@Matches` pattern asks for, per property (a pattern says nothing a reader can use). */
export const PATTERN_HINTS: Readonly<Record<string, string>> = {
  code: 'skal være 6 cifre',
  endsOn: 'skal være en dato på formen ÅÅÅÅ-MM-DD',
  from: 'skal være en dato på formen ÅÅÅÅ-MM-DD',
  municipalityCode: 'skal være tre cifre',
  q: 'må ikke indeholde styretegn',
  startTime: 'skal være et klokkeslæt på formen TT:MM',
  startsOn: 'skal være en dato på formen ÅÅÅÅ-MM-DD',
  to: 'skal være en dato på formen ÅÅÅÅ-MM-DD',
};

type Rule = (args: readonly unknown[], property: string) => string | undefined;

const first = (args: readonly unknown[]) => String(args[0]);
const list = (values: unknown) => (Array.isArray(values) ? values.map(String).join(', ') : '');

/** By constraint name: the predicate after the field's name. */
export const RULES: Readonly<Record<string, Rule>> = {
  isString: () => 'skal være en tekst',
  isInt: () => 'skal være et helt tal',
  isBoolean: () => 'skal være sand eller falsk (true/false)',
  isArray: () => 'skal være en liste',
  min: (args) => `skal være mindst ${first(args)}`,
  max: (args) => `må højst være ${first(args)}`,
  minLength: (args) => (args[0] === 1 ? 'skal udfyldes' : `skal have mindst ${first(args)} tegn`),
  maxLength: (args) => `må højst have ${first(args)} tegn`,
  arrayMinSize: (args) =>
    args[0] === 1 ? 'skal have mindst én værdi' : `skal have mindst ${first(args)} værdier`,
  arrayMaxSize: (args) => `må højst have ${first(args)} værdier`,
  arrayUnique: () => 'må ikke have den samme værdi flere gange',
  isEmail: () => 'skal være en gyldig e-mailadresse',
  isSafeEmail: () => 'skal være en gyldig e-mailadresse',
  isUuid: () => 'skal være et gyldigt id (UUID)',
  isFqdn: () => 'skal være et gyldigt domænenavn, fx aarhus.dk',
  isUrl: (args) => {
    const protocols = (args[0] as { protocols?: string[] } | undefined)?.protocols ?? [];
    return protocols.length === 1 && protocols[0] === 'https'
      ? 'skal være en gyldig adresse, der begynder med https://'
      : 'skal være en gyldig adresse, der begynder med http:// eller https://';
  },
  isEnum: (args) => `skal være en af: ${list(args[1])}`,
  isIn: (args) => `skal være en af: ${list(args[0])}`,
  matches: (_args, property) => PATTERN_HINTS[property],
  isIsoDateOrInstant: () =>
    'skal være en dato (ÅÅÅÅ-MM-DD) eller et tidspunkt efter ISO 8601 med tidszone, fx 2027-03-30T09:00:00+02:00',
  isIsoCalendarDate: () => 'skal være en gyldig dato på formen ÅÅÅÅ-MM-DD',
  isDefined: () => 'skal udfyldes',
  nestedValidation: () => 'skal være et objekt',
  whitelistValidation: () => 'er ikke et felt, der kan sendes med her',
};

/** The rule's name as class-validator keys it in `ValidationError.constraints`. */
export function constraintName(metadata: ValidationMetadata): string {
  if (metadata.type !== 'customValidation') return metadata.type;
  return getMetadataStorage().getTargetValidatorConstraints(metadata.constraintCls)[0]?.name ?? metadata.type;
}

/** The rule on `target`'s class for this property and constraint: its arguments (lengths, enum values). */
function findRule(
  target: object | undefined,
  property: string,
  constraint: string,
): ValidationMetadata | undefined {
  if (!target) return undefined;
  return getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .find((metadata) => metadata.propertyName === property && constraintName(metadata) === constraint);
}

/** The predicate of a rule, or undefined when the list has no Danish text for it. */
export function danishPredicate(
  constraint: string,
  args: readonly unknown[],
  property: string,
): string | undefined {
  return RULES[constraint]?.(args, property);
}

/**
 * "Spørgsmålet skal have mindst 10 tegn." for a failed rule of a validated object. A rule or field
 * the lists lack still gets a Danish sentence (the spec keeps that from happening).
 */
export function danishValidationMessage(
  target: object | undefined,
  property: string,
  constraint: string,
): string {
  const rule = findRule(target, property, constraint);
  const label = FIELD_LABELS[property] ?? `Feltet »${property}«`;
  const predicate =
    danishPredicate(constraint, rule?.constraints ?? [], property) ?? 'er ikke udfyldt rigtigt';
  return rule?.each ? `${label}: hver værdi ${predicate}.` : `${label} ${predicate}.`;
}
