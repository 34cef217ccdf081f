import { useEffect } from 'react';

/**
 * Drafts of what a consultant is typing (the question of a booking, a case summary), so a reload, a
 * crash or an expired session loses nothing. They live in sessionStorage, never localStorage: case
 * content must not outlive the tab on a shared municipal PC, and sessionStorage is per tab and gone
 * when the tab closes. Drafts are never sent anywhere; each is removed after its form was accepted,
 * and all of them when the user signs out.
 */
const PREFIX = 'sparringsportalen.draft.';

/** One draft per user and per thing being written, e.g. `draftKey(user.id, 'booking', slotId)`. */
export function draftKey(userId: string, kind: 'booking' | 'case-summary', id: string): string {
  return `${PREFIX}${userId}.${kind}.${id}`;
}

export function readDraft<T extends object>(key: string): Partial<T> | null {
  try {
    const raw = sessionStorage.getItem(key);
    const value: unknown = raw ? JSON.parse(raw) : null;
    return value && typeof value === 'object' ? (value as Partial<T>) : null;
  } catch {
    return null; // storage off or a damaged entry: start empty
  }
}

export function writeDraft(key: string, value: object): void {
  try {
    sessionStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or off: the form still works, only without the safety net.
  }
}

export function clearDraft(key: string): void {
  try {
    sessionStorage.removeItem(key);
  } catch {
    // nothing stored
  }
}

/** Carries a draft over to another key (the user picked another time for the same booking). */
export function moveDraft(from: string, to: string): void {
  const draft = readDraft(from);
  if (draft) writeDraft(to, draft);
  clearDraft(from);
}

/** On sign-out: the next person at the PC must not find this user's drafts. */
export function clearAllDrafts(): void {
  try {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith(PREFIX)) sessionStorage.removeItem(key);
  } catch {
    // nothing stored
  }
}

/**
 * Saves `value` under `key` whenever it changes, as long as `hasContent` says there is something worth
 * keeping (an untouched form leaves no draft behind).
 */
export function useDraftSaving(key: string, value: object, hasContent: boolean): void {
  const serialized = JSON.stringify(value);
  useEffect(() => {
    if (hasContent) writeDraft(key, JSON.parse(serialized) as object);
  }, [key, serialized, hasContent]);
}
