import { AnonymisationResult, FindingType } from '../types';

/** The findings of a result as [type, hit text] pairs, for readable expectations in specs. */
export function hits(text: string, result: AnonymisationResult): [FindingType, string][] {
  return result.findings.map((finding) => [finding.type, text.slice(finding.start, finding.end)]);
}
