import type { ReactNode } from 'react';
import { isInText, type Finding } from '../api/types';
import { useLanguage } from '../i18n/language';

/**
 * The user's text with each finding marked where it stands. Offsets come from the API
 * (start inclusive, end exclusive); overlapping findings are merged into the first.
 */
export function HighlightedText({ text, findings }: { text: string; findings: Finding[] }) {
  const { t } = useLanguage();
  const sorted = [...findings]
    .filter((f) => isInText(f) && f.start < f.end && f.start >= 0)
    .sort((a, b) => a.start - b.start);
  const pieces: ReactNode[] = [];
  let cursor = 0;
  sorted.forEach((finding, index) => {
    if (finding.start < cursor) return;
    const end = Math.min(finding.end, text.length);
    if (finding.start > cursor) pieces.push(text.slice(cursor, finding.start));
    const type = t.findings.types[finding.type] ?? finding.type;
    pieces.push(
      <mark key={index} className="finding-mark">
        {text.slice(finding.start, end)}
        <span className="sr-only"> {t.findings.markLabel(type)}</span>
      </mark>,
    );
    cursor = end;
  });
  if (cursor < text.length) pieces.push(text.slice(cursor));
  return <div className="highlighted-text">{pieces}</div>;
}
