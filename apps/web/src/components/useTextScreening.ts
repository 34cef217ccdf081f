import { useCallback, useEffect, useRef, useState } from 'react';
import { toApiError } from '../api/client';
import { caseSummaryApi } from '../api/endpoints';
import type { Finding } from '../api/types';
import { applyRewrite, followEdit, inTextOrder, placeFindings, rewriteOf } from '../format/findings';
import { useLanguage } from '../i18n/language';

// How long the user must pause typing before the text is checked again.
const RECHECK_AFTER_MS = 700;

export interface TextScreening {
  /** The field's name; the panel's element ids derive from it. */
  name: string;
  /** The field's text; bind the text field to it. */
  text: string;
  /** Use as the field's change handler: marks move with the text, nothing the user typed is lost. */
  change: (next: string) => void;
  /** Findings with offsets into `text`, in text order. */
  findings: Finding[];
  /** The panel is open: the text was refused or checked and has not been accepted since. */
  active: boolean;
  /** A re-check of the edited text is running. */
  checking: boolean;
  /** The latest thing to tell screen-reader users (changes in the findings, an applied rewrite). */
  announcement: string;
  /** The id of the element to focus after a refusal or a rewrite (the panel or a button in it). */
  focusRequest: { id: string } | null;
  /**
   * Takes a refusal of this field (422 NOT_ANONYMOUS with findings naming `field`, or none) and
   * opens the panel. `sentText` is what was sent (perhaps trimmed). False for any other error.
   */
  takeRefusal: (error: unknown, field: string, sentText: string) => boolean;
  /** Opens the panel with findings of the text as it is now (e.g. from the check endpoint). */
  show: (findings: Finding[], checkedText: string) => void;
  /** Replaces exactly the finding's span with its neutral rewrite. */
  apply: (finding: Finding) => void;
  /** Closes the panel (after the text was accepted). */
  reset: () => void;
}

/**
 * The state behind the findings panel of one free-text field. It keeps the findings while the user
 * edits — following each edit, and checking the text again after a pause — so the panel never
 * vanishes under the user's hands, and rewrites a finding on request without touching anything else.
 */
export function useTextScreening(name: string, initialText = ''): TextScreening {
  const { t } = useLanguage();
  const [text, setText] = useState(initialText);
  const [findings, setFindings] = useState<Finding[]>([]);
  const [active, setActive] = useState(false);
  const [checking, setChecking] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [focusRequest, setFocusRequest] = useState<{ id: string } | null>(null);
  const [dirty, setDirty] = useState(0);
  const textRef = useRef(text);
  textRef.current = text;
  const findingsRef = useRef(findings);
  findingsRef.current = findings;
  // The count screen-reader users last heard (or read in the panel heading when it took the focus).
  const announcedCount = useRef(0);

  const announceCount = useCallback(
    (count: number) => {
      announcedCount.current = count;
      setAnnouncement(count === 0 ? t.findings.noneLeft : t.findings.left(count));
    },
    [t],
  );

  const change = useCallback(
    (next: string) => {
      const before = textRef.current;
      textRef.current = next;
      setText(next);
      if (!active) return;
      setFindings((current) => followEdit(current, before, next));
      setDirty((n) => n + 1);
    },
    [active],
  );

  // After a pause in typing, the edited text is checked again; an answer for an older text is ignored.
  useEffect(() => {
    if (!active || dirty === 0) return;
    const checked = textRef.current;
    if (!checked.trim()) {
      setFindings([]);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      setChecking(true);
      caseSummaryApi
        .check(checked)
        .then((result) => {
          if (!current || textRef.current !== checked) return;
          const next = inTextOrder(result.findings, checked);
          // Hand edits that removed (or added) findings are told once the text has been checked.
          if (next.length !== announcedCount.current) announceCount(next.length);
          setFindings(next);
        })
        // Without an answer the marks simply keep following the edits; sending checks again anyway.
        .catch(() => undefined)
        .finally(() => {
          if (current) setChecking(false);
        });
    }, RECHECK_AFTER_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [active, dirty, announceCount]);

  const show = useCallback(
    (list: Finding[], checkedText: string) => {
      const placed = placeFindings(list, checkedText, textRef.current);
      setFindings(placed);
      setActive(true);
      setAnnouncement('');
      announcedCount.current = placed.length;
      setFocusRequest({ id: panelHeadingId(name) });
    },
    [name],
  );

  const takeRefusal = useCallback(
    (error: unknown, field: string, sentText: string) => {
      const problem = toApiError(error);
      if (problem.code !== 'NOT_ANONYMOUS') return false;
      const mine = problem.findings.filter(
        (f) =>
          (f.field === undefined || f.field === field) && (f.source === undefined || f.source === 'text'),
      );
      if (mine.length === 0) return false;
      show(mine, sentText);
      return true;
    },
    [show],
  );

  const apply = useCallback(
    (finding: Finding) => {
      const replacement = rewriteOf(finding);
      const result = applyRewrite(textRef.current, findingsRef.current, finding, replacement);
      textRef.current = result.text;
      setText(result.text);
      setFindings(result.findings);
      setDirty((n) => n + 1);
      announcedCount.current = result.findings.length;
      setAnnouncement(
        `${t.findings.applied(replacement)} ${
          result.findings.length === 0 ? t.findings.noneLeft : t.findings.left(result.findings.length)
        }`,
      );
      // Next finding's rewrite button, or the panel's heading when none is left.
      const next = result.findings.find((f) => f.start >= finding.start) ?? result.findings[0];
      setFocusRequest({
        id: next ? rewriteButtonId(name, result.findings.indexOf(next)) : panelHeadingId(name),
      });
    },
    [name, t],
  );

  const reset = useCallback(() => {
    setActive(false);
    setFindings([]);
    setAnnouncement('');
    setDirty(0);
  }, []);

  useEffect(() => {
    if (focusRequest) document.getElementById(focusRequest.id)?.focus();
  }, [focusRequest]);

  return {
    name,
    text,
    change,
    findings,
    active,
    checking,
    announcement,
    focusRequest,
    takeRefusal,
    show,
    apply,
    reset,
  };
}

export const panelHeadingId = (name: string) => `${name}-findings-heading`;
export const rewriteButtonId = (name: string, index: number) => `${name}-finding-rewrite-${index}`;
