import { useCallback, useLayoutEffect, useRef, type ReactNode } from 'react';
import type { Finding } from '../api/types';
import { inTextOrder, rewriteOf } from '../format/findings';
import { useLanguage } from '../i18n/language';
import { describedBy, fieldId, FieldFrame } from './fields';
import { panelHeadingId, rewriteButtonId, type TextScreening } from './useTextScreening';

interface ScreenedTextAreaProps {
  screening: TextScreening;
  label: ReactNode;
  hint?: ReactNode;
  /** An error of the field itself (e.g. missing); findings are shown by the panel. */
  error?: string;
  optional?: boolean;
  rows?: number;
  /** The element id, when the field name is not unique on the page. */
  id?: string;
}

/**
 * A text area for free text another person will read, with the findings panel: each finding is
 * marked in the field itself (a highlight layer behind the transparent text area), listed below with
 * a one-click neutral rewrite, and kept up to date while the user edits. The same everywhere.
 */
export function ScreenedTextArea({
  screening,
  label,
  hint,
  error,
  optional,
  rows = 5,
  id,
}: ScreenedTextAreaProps) {
  const { t } = useLanguage();
  const fieldElementId = id ?? fieldId(screening.name);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const backdropRef = useRef<HTMLDivElement>(null);
  const count = screening.findings.length;
  const fieldError = error ?? (screening.active && count > 0 ? t.findings.fieldError(count) : undefined);

  // The highlight layer copies the text area's box and font so each mark sits under its characters.
  const syncBackdrop = useCallback(() => {
    const textarea = textareaRef.current;
    const backdrop = backdropRef.current;
    if (!textarea || !backdrop) return;
    const style = getComputedStyle(textarea);
    for (const property of COPIED_STYLES)
      backdrop.style.setProperty(property, style.getPropertyValue(property));
    backdrop.style.top = `${textarea.offsetTop}px`;
    backdrop.style.left = `${textarea.offsetLeft}px`;
    backdrop.style.width = `${textarea.offsetWidth}px`;
    backdrop.style.height = `${textarea.offsetHeight}px`;
    backdrop.scrollTop = textarea.scrollTop;
    backdrop.scrollLeft = textarea.scrollLeft;
  }, []);

  useLayoutEffect(syncBackdrop);
  useLayoutEffect(() => {
    const textarea = textareaRef.current;
    if (!textarea || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(syncBackdrop);
    observer.observe(textarea);
    return () => observer.disconnect();
  }, [syncBackdrop]);

  const select = (finding: Finding) => {
    const textarea = textareaRef.current;
    if (!textarea) return;
    textarea.focus();
    textarea.setSelectionRange(finding.start, finding.end);
  };

  const summaryId = `${fieldElementId}-findings`;
  const describedIds = [describedBy(fieldElementId, hint, fieldError), screening.active ? summaryId : '']
    .filter(Boolean)
    .join(' ');

  return (
    <>
      <FieldFrame id={fieldElementId} label={label} hint={hint} error={fieldError} optional={optional}>
        <div className="screened-input">
          {screening.active && (
            <div className="screened-backdrop" ref={backdropRef} aria-hidden="true">
              <Marks text={screening.text} findings={screening.findings} />
            </div>
          )}
          <textarea
            ref={textareaRef}
            id={fieldElementId}
            name={screening.name}
            rows={rows}
            className={`form-input${screening.active ? ' screened-textarea' : ''}`}
            value={screening.text}
            onChange={(event) => screening.change(event.target.value)}
            onScroll={syncBackdrop}
            aria-describedby={describedIds || undefined}
            aria-invalid={fieldError ? true : undefined}
          />
        </div>
      </FieldFrame>
      {screening.active && <FindingsPanel screening={screening} summaryId={summaryId} onSelect={select} />}
    </>
  );
}

const COPIED_STYLES = [
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-indent',
  'text-transform',
  'tab-size',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border-top-width',
  'border-right-width',
  'border-bottom-width',
  'border-left-width',
  'border-top-style',
  'border-right-style',
  'border-bottom-style',
  'border-left-style',
  'box-sizing',
];

/** The text as it stands, with each finding marked; transparent text under the real text area. */
function Marks({ text, findings }: { text: string; findings: Finding[] }) {
  const pieces: ReactNode[] = [];
  let cursor = 0;
  for (const finding of inTextOrder(findings, text)) {
    if (finding.start > cursor) pieces.push(text.slice(cursor, finding.start));
    pieces.push(
      <mark key={`${finding.start}-${finding.end}`} className="screened-mark">
        {text.slice(finding.start, finding.end)}
      </mark>,
    );
    cursor = finding.end;
  }
  pieces.push(text.slice(cursor));
  // A trailing line break needs a character after it to take up its line, as in the text area.
  return <>{[...pieces, '\u200b']}</>;
}

function FindingsPanel({
  screening,
  summaryId,
  onSelect,
}: {
  screening: TextScreening;
  summaryId: string;
  onSelect: (finding: Finding) => void;
}) {
  const { t } = useLanguage();
  const { findings, text, name } = screening;
  const headingId = panelHeadingId(name);
  return (
    <section
      className={`findings findings-panel${findings.length === 0 ? ' findings-cleared' : ''}`}
      aria-labelledby={headingId}
    >
      <h3 id={headingId} className="h5" tabIndex={-1}>
        {findings.length > 0 ? t.findings.heading(findings.length) : t.findings.clearedHeading}
      </h3>
      <p id={summaryId}>{findings.length > 0 ? t.findings.panelIntro : t.findings.clearedIntro}</p>
      {findings.length > 0 && (
        <ul className="findings-list findings-rewrites nobullet-list">
          {findings.map((finding, index) => {
            const type = t.findings.types[finding.type] ?? finding.type;
            const hit = text.slice(finding.start, finding.end);
            const rewrite = rewriteOf(finding);
            return (
              <li key={`${finding.start}-${finding.end}-${finding.type}`}>
                <span className="finding-what">
                  {type}: <q className="finding-hit">{hit}</q>
                </span>
                <span className="finding-actions">
                  <button
                    id={rewriteButtonId(name, index)}
                    type="button"
                    className="button button-secondary finding-rewrite"
                    onClick={() => screening.apply(finding)}
                  >
                    {t.findings.rewrite(rewrite)}
                    <span className="sr-only"> {t.findings.rewriteFor(type, hit)}</span>
                  </button>
                  <button type="button" className="function-link" onClick={() => onSelect(finding)}>
                    {t.findings.selectInText}
                    <span className="sr-only"> {t.findings.rewriteFor(type, hit)}</span>
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
      <p className="sr-only" role="status" aria-live="polite" aria-atomic="true">
        {screening.announcement}
      </p>
    </section>
  );
}
