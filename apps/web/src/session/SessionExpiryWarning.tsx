import { useEffect, useRef, useState } from 'react';
import { refreshTokens, tokenStore } from '../api/client';
import { useLanguage } from '../i18n/language';
import { useSession } from './session';

/** The warning opens this long before the access token runs out. */
const WARN_BEFORE_MS = 2 * 60_000;
const TICK_MS = 1_000;
const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'input', 'scroll', 'touchstart'] as const;

/** Issue and expiry of the stored access token (a JWT), or null when it is no JWT we can read. */
function tokenTimes(): { issuedAt: number; expiresAt: number } | null {
  const token = tokenStore.get();
  const payload = token?.split('.')[1];
  if (!payload) return null;
  try {
    const claims = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as {
      iat?: number;
      exp?: number;
    };
    if (typeof claims.exp !== 'number') return null;
    return { issuedAt: (claims.iat ?? 0) * 1000, expiresAt: claims.exp * 1000 };
  } catch {
    return null;
  }
}

/**
 * The session ends after the access token's lifetime without activity (on a shared municipal PC an
 * unattended tab must not stay signed in for hours). While the user works, the token is renewed
 * quietly before it runs out; an idle user is warned a few minutes before, in a modal alert dialog
 * with "Forbliv logget ind". Left unanswered, the session ends as expired: the login page brings the
 * user back to the same page, where drafts wait in sessionStorage.
 */
export function SessionExpiryWarning() {
  const { t } = useLanguage();
  const { user, signOut } = useSession();
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const [renewing, setRenewing] = useState(false);
  // Nothing seen yet: an idle user is warned before the first token runs out.
  const lastActivity = useRef(0);
  const stayButton = useRef<HTMLButtonElement>(null);
  const signOutButton = useRef<HTMLButtonElement>(null);
  const focusBefore = useRef<Element | null>(null);
  const open = secondsLeft !== null;

  useEffect(() => {
    if (!user) return;
    const seen = () => {
      lastActivity.current = Date.now();
    };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, seen, { capture: true, passive: true });
    return () => {
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, seen, { capture: true });
    };
  }, [user]);

  useEffect(() => {
    if (!user) {
      setSecondsLeft(null);
      return;
    }
    let quietRenewal = false;
    const tick = () => {
      const times = tokenTimes();
      if (!times) return;
      const now = Date.now();
      const left = times.expiresAt - now;
      if (left > WARN_BEFORE_MS) {
        setSecondsLeft(null);
        return;
      }
      if (left <= 0) {
        setSecondsLeft(null);
        signOut('expired');
        return;
      }
      // Active since the token was issued: renew it quietly; the dialog is for an idle user.
      if (lastActivity.current > times.issuedAt && !quietRenewal) {
        quietRenewal = true;
        void refreshTokens().finally(() => {
          quietRenewal = false;
        });
        return;
      }
      if (!quietRenewal) setSecondsLeft(Math.ceil(left / 1000));
    };
    tick();
    const timer = window.setInterval(tick, TICK_MS);
    return () => window.clearInterval(timer);
  }, [user, signOut]);

  // The dialog takes the focus when it opens and gives it back when it closes.
  useEffect(() => {
    if (open) {
      focusBefore.current = document.activeElement;
      stayButton.current?.focus();
    } else if (focusBefore.current instanceof HTMLElement) {
      focusBefore.current.focus();
      focusBefore.current = null;
    }
  }, [open]);

  if (!open) return null;

  const stay = async () => {
    setRenewing(true);
    const renewed = await refreshTokens();
    setRenewing(false);
    lastActivity.current = Date.now();
    if (renewed) setSecondsLeft(null);
    else signOut('expired');
  };

  const minutes = Math.floor(secondsLeft / 60);
  const seconds = secondsLeft % 60;
  return (
    <div className="session-warning-backdrop">
      <div
        className="session-warning"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="session-warning-heading"
        aria-describedby="session-warning-text"
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            void stay();
          }
          // Keep Tab inside the dialog: it has two buttons.
          if (event.key === 'Tab') {
            event.preventDefault();
            (document.activeElement === stayButton.current ? signOutButton : stayButton).current?.focus();
          }
        }}
      >
        <h2 id="session-warning-heading" className="h3 mt-0">
          {t.sessionWarning.heading}
        </h2>
        <p id="session-warning-text">{t.sessionWarning.text}</p>
        {/* The countdown is shown, not read aloud every second. */}
        <p aria-hidden="true" className="weight-semibold">
          {t.sessionWarning.countdown(minutes, seconds)}
        </p>
        <div className="button-row">
          <button
            ref={stayButton}
            type="button"
            className="button button-primary"
            disabled={renewing}
            onClick={() => void stay()}
          >
            {t.sessionWarning.stay}
          </button>
          <button
            ref={signOutButton}
            type="button"
            className="button button-secondary"
            onClick={() => signOut('signedOut')}
          >
            {t.app.signOut}
          </button>
        </div>
      </div>
    </div>
  );
}
