import { AnonymisationFinding, checkAnonymity } from '@app/anonymisation';
import { DomainException, ErrorCode } from '@app/common';

/** A finding in one named request field; offsets are into that field's text as sent. */
export type FieldFinding = AnonymisationFinding & { field: string };

/**
 * A free-text field that another person will read, as it arrived: the contract's field name, the
 * Danish name the user knows it by (for the refusal), and the text (absent optional fields are skipped).
 */
export interface FreeTextField {
  field: string;
  label: string;
  text: string | null | undefined;
}

/** Every finding in the given fields, each naming its field. Pure; stores and logs nothing. */
export function screenFreeText(fields: FreeTextField[]): FieldFinding[] {
  return fields.flatMap(({ field, text }) =>
    text ? checkAnonymity(text).findings.map((finding) => ({ ...finding, field })) : [],
  );
}

/**
 * The one gate for free text another person reads (booking question, cancellation and absence
 * reasons, outcome notes, rating comments): the same check as case summaries, refused as a whole
 * with `422 NOT_ANONYMOUS` and the findings before anything is stored or changed. The message names
 * the field but never repeats the text.
 */
export function assertAnonymousFreeText(...fields: FreeTextField[]): void {
  const findings = screenFreeText(fields);
  if (findings.length === 0) return;
  const labels = [...new Set(findings.map((f) => fields.find((x) => x.field === f.field)!.label))];
  throw new DomainException(
    ErrorCode.NotAnonymous,
    `${capitalise(joinDanish(labels))} indeholder oplysninger, der kan identificere et barn eller en familie. ` +
      'Fjern eller omskriv de markerede steder, og prøv igen. Intet er gemt eller ændret.',
    { findings },
  );
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function joinDanish(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} og ${items.at(-1)}`;
}
