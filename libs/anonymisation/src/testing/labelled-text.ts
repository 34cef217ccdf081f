import { FindingType } from '../types';

/**
 * A short Danish text written for this project to measure the check. Every identifier is labelled with its
 * type and its exact text (the first occurrence after the previous identifier of the text). `group` says
 * which way of writing it shows (issue 12's categories: "cpr-writing", "nickname", "institution" …), so
 * the spec can print recall per way of writing as well as per type.
 */
export interface LabelledText {
  text: string;
  identifiers: readonly LabelledIdentifier[];
  group?: string;
}
export interface LabelledIdentifier {
  type: FindingType;
  value: string;
}

export const clean = (text: string): LabelledText => ({ text, identifiers: [] });
export const withIds = (text: string, ...identifiers: [FindingType, string][]): LabelledText => ({
  text,
  identifiers: identifiers.map(([type, value]) => ({ type, value })),
});
/** A text of one issue-12 category: `grouped('nickname')('Han leger med Tobse.', ['name', 'Tobse'])`. */
export const grouped =
  (group: string) =>
  (text: string, ...identifiers: [FindingType, string][]): LabelledText => ({
    ...withIds(text, ...identifiers),
    group,
  });
