import { useCallback, useState, type FormEvent } from 'react';
import type { ErrorCode } from '../api/client';
import { ProblemAlert, serverFieldErrors } from './errors';
import { fieldId } from './fields';

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

export interface FormOptions<F extends string> {
  /** The label the user sees for each field; the error summary links field errors by it. */
  labels: Record<F, string>;
  /** Checks made before anything is sent; the first field with an error gets the focus. */
  validate?: () => FieldErrors<F>;
  /** Sends the form. A thrown error is shown in the summary and at the fields it names. */
  submit: () => Promise<void>;
  /**
   * Takes an error the form itself shows (e.g. a refused free text opening its findings panel);
   * return true when handled, so the generic summary stays closed.
   */
  takeError?: (error: unknown) => boolean;
  /** Where the focus goes for a field whose element is not `field-<name>` (e.g. a radio group's first option). */
  focusIds?: FieldErrors<F>;
}

export interface Form<F extends string> {
  errors: FieldErrors<F>;
  /** The last error the server answered, for the summary at the top of the form. */
  problem: unknown;
  submitting: boolean;
  labels: Record<F, string>;
  onSubmit: (event?: FormEvent) => Promise<void>;
  /** Sets errors found outside `validate` (e.g. a dependent field) and focuses the first. */
  showErrors: (errors: FieldErrors<F>) => void;
  reset: () => void;
}

function focusFirst(
  errors: Record<string, string | undefined>,
  focusIds: Record<string, string | undefined>,
): void {
  const first = Object.keys(errors).find((field) => errors[field]);
  if (first) document.getElementById(focusIds[first] ?? fieldId(first))?.focus();
}

/**
 * The submit cycle every form shares: validate, send once at a time, map server field errors to the
 * fields, keep what the user typed. The form owns its values; this owns errors and progress.
 */
export function useForm<F extends string>({
  labels,
  validate,
  submit,
  takeError,
  focusIds = {},
}: FormOptions<F>): Form<F> {
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  const [problem, setProblem] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);

  const showErrors = (found: FieldErrors<F>) => {
    setErrors(found);
    focusFirst(found, focusIds);
  };

  const onSubmit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (submitting) return;
    setProblem(null);
    const found = validate?.() ?? {};
    if (Object.values(found).some(Boolean)) {
      showErrors(found);
      return;
    }
    setErrors({});
    setSubmitting(true);
    try {
      await submit();
    } catch (caught) {
      if (!takeError?.(caught)) {
        setErrors(serverFieldErrors(caught) as FieldErrors<F>);
        setProblem(caught);
      }
    } finally {
      setSubmitting(false);
    }
  };

  const reset = useCallback(() => {
    setErrors({});
    setProblem(null);
  }, []);

  return { errors, problem, submitting, labels, onSubmit, showErrors, reset };
}

interface FormProblemProps<F extends string> {
  form: Form<F>;
  /** A better message for one code in this form's context. */
  messages?: Partial<Record<ErrorCode, string>>;
  onRetry?: () => void;
  hideFindings?: boolean;
}

/** The error summary at the top of a form built with `useForm`: nothing until the server refused. */
export function FormProblem<F extends string>({
  form,
  messages,
  onRetry,
  hideFindings,
}: FormProblemProps<F>) {
  if (form.problem === null) return null;
  return (
    <ProblemAlert
      error={form.problem}
      fieldLabels={form.labels}
      messages={messages}
      onRetry={onRetry}
      hideFindings={hideFindings}
    />
  );
}
