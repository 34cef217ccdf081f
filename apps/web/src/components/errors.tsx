import type { ReactNode } from 'react';
import { toApiError, type ErrorCode } from '../api/client';
import { useLanguage } from '../i18n/language';
import { Alert } from './Alert';
import { fieldId } from './fields';
import { FindingsList } from './FindingsList';

/** Server field errors keyed by the form field they belong to ('participantEmails.1' → 'participantEmails'). */
export function serverFieldErrors(error: unknown): Record<string, string> {
  if (!error) return {};
  const result: Record<string, string> = {};
  for (const fieldError of toApiError(error).fieldErrors) {
    const field = fieldError.field.split(/[.[]/)[0];
    if (field && !result[field]) result[field] = fieldError.message;
  }
  return result;
}

interface ProblemAlertProps {
  error: unknown;
  /** Labels of the form's fields, so field errors can be listed with the name the user sees. */
  fieldLabels?: Record<string, string>;
  /** A better message for one code in this context, e.g. wrong credentials on the login page. */
  messages?: Partial<Record<ErrorCode, string>>;
  focus?: boolean;
  /** Findings are shown in place by the caller (e.g. highlighted text) instead of as a list. */
  hideFindings?: boolean;
  onRetry?: () => void;
  children?: ReactNode;
}

export function ProblemAlert({
  error,
  fieldLabels = {},
  messages = {},
  focus = true,
  hideFindings = false,
  onRetry,
  children,
}: ProblemAlertProps) {
  const { t } = useLanguage();
  const problem = toApiError(error);
  const message = messages[problem.code] ?? t.errors.codes[problem.code];
  const fieldErrors = problem.fieldErrors;

  return (
    <Alert variant="error" heading={t.errors.heading} focus={focus}>
      <p>{message}</p>
      {fieldErrors.length > 0 && (
        <>
          <p className="mb-2">{t.errors.fieldsHeading}</p>
          <ul>
            {fieldErrors.map((fieldError, index) => {
              const field = fieldError.field.split(/[.[]/)[0];
              const label = fieldLabels[field] ?? fieldError.field;
              return (
                <li key={`${fieldError.field}-${index}`}>
                  <a
                    href={`#${fieldId(field)}`}
                    onClick={(event) => {
                      // Hash routing: focus the field instead of changing the route.
                      event.preventDefault();
                      document.getElementById(fieldId(field))?.focus();
                    }}
                  >
                    {label}
                  </a>
                  : {fieldError.message}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {!hideFindings && problem.findings.length > 0 && <FindingsList findings={problem.findings} />}
      {children}
      {onRetry && (
        <p>
          <button type="button" className="button button-secondary" onClick={onRetry}>
            {t.errors.retry}
          </button>
        </p>
      )}
    </Alert>
  );
}
