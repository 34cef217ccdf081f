import type {
  ChangeEvent,
  InputHTMLAttributes,
  ReactNode,
  Ref,
  SelectHTMLAttributes,
  TextareaHTMLAttributes,
} from 'react';
import { useLanguage } from '../i18n/language';

// DKFDS form fields. Every field has a visible label; hint and error are tied to it with
// aria-describedby, and an error also sets aria-invalid, so screen readers read them together.

interface FieldFrameProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  children: ReactNode;
}

export function fieldId(name: string): string {
  return `field-${name}`;
}

export function describedBy(id: string, hint?: ReactNode, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function FieldLabel({ label, optional }: { label: ReactNode; optional?: boolean }) {
  const { t } = useLanguage();
  return (
    <>
      {label}
      {optional && <span className="weight-normal"> {t.app.optional}</span>}
    </>
  );
}

export function ErrorMessage({ id, error }: { id: string; error?: string }) {
  const { language } = useLanguage();
  if (!error) return null;
  return (
    <span className="form-error-message" id={`${id}-error`}>
      <span className="sr-only">{language === 'da' ? 'Fejl: ' : 'Error: '}</span>
      {error}
    </span>
  );
}

export function FieldFrame({ id, label, hint, error, optional, children }: FieldFrameProps) {
  return (
    <div className={`form-group${error ? ' form-error' : ''}`}>
      <label className="form-label" htmlFor={id}>
        <FieldLabel label={label} optional={optional} />
      </label>
      {hint && (
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      <ErrorMessage id={id} error={error} />
      {children}
    </div>
  );
}

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> {
  name: string;
  label: ReactNode;
  value: string;
  onValueChange: (value: string) => void;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  widthClass?: string;
}

export function TextField({
  name,
  label,
  value,
  onValueChange,
  hint,
  error,
  optional,
  widthClass = 'input-width-l',
  ...input
}: TextFieldProps) {
  const id = input.id ?? fieldId(name);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} optional={optional}>
      <input
        {...input}
        id={id}
        name={name}
        className={`form-input ${widthClass}`}
        value={value}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onValueChange(event.target.value)}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        required={optional ? undefined : input.required}
      />
    </FieldFrame>
  );
}

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value'> {
  name: string;
  label: ReactNode;
  value: string;
  onValueChange: (value: string) => void;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  textareaRef?: Ref<HTMLTextAreaElement>;
}

export function TextAreaField({
  name,
  label,
  value,
  onValueChange,
  hint,
  error,
  optional,
  textareaRef,
  rows = 5,
  ...textarea
}: TextAreaFieldProps) {
  const id = textarea.id ?? fieldId(name);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} optional={optional}>
      <textarea
        {...textarea}
        ref={textareaRef}
        id={id}
        name={name}
        rows={rows}
        className="form-input"
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
      />
    </FieldFrame>
  );
}

export interface Option {
  value: string;
  label: string;
}

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value'> {
  name: string;
  label: ReactNode;
  value: string;
  onValueChange: (value: string) => void;
  options: Option[];
  placeholder?: string;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
}

export function SelectField({
  name,
  label,
  value,
  onValueChange,
  options,
  placeholder,
  hint,
  error,
  optional,
  ...select
}: SelectFieldProps) {
  const id = select.id ?? fieldId(name);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} optional={optional}>
      <select
        {...select}
        id={id}
        name={name}
        className="form-select"
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/** The DKFDS frame of a group of radios or checkboxes: legend, hint and error announced together. */
function ChoiceFieldset(props: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
}) {
  const { id, legend, hint, error, children } = props;
  return (
    <div className={`form-group${error ? ' form-error' : ''}`}>
      <fieldset id={id} aria-describedby={describedBy(id, hint, error)}>
        <legend className="form-label">{legend}</legend>
        {hint && (
          <span className="form-hint" id={`${id}-hint`}>
            {hint}
          </span>
        )}
        <ErrorMessage id={id} error={error} />
        {children}
      </fieldset>
    </div>
  );
}

interface RadioGroupProps {
  name: string;
  legend: ReactNode;
  value: string;
  onValueChange: (value: string) => void;
  options: Option[];
  hint?: ReactNode;
  error?: string;
}

export function RadioGroup({ name, legend, value, onValueChange, options, hint, error }: RadioGroupProps) {
  const id = fieldId(name);
  return (
    <ChoiceFieldset id={id} legend={legend} hint={hint} error={error}>
      {options.map((option) => {
        const optionId = `${id}-${option.value}`;
        return (
          <div className="form-group-radio" key={option.value}>
            <input
              type="radio"
              className="form-radio"
              id={optionId}
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onValueChange(option.value)}
            />
            <label className="form-label" htmlFor={optionId}>
              {option.label}
            </label>
          </div>
        );
      })}
    </ChoiceFieldset>
  );
}

interface CheckboxGroupProps {
  name: string;
  legend: ReactNode;
  values: string[];
  onValuesChange: (values: string[]) => void;
  options: Option[];
  hint?: ReactNode;
  error?: string;
}

export function CheckboxGroup({
  name,
  legend,
  values,
  onValuesChange,
  options,
  hint,
  error,
}: CheckboxGroupProps) {
  const id = fieldId(name);
  const toggle = (value: string, checked: boolean) =>
    onValuesChange(checked ? [...values, value] : values.filter((existing) => existing !== value));
  return (
    <ChoiceFieldset id={id} legend={legend} hint={hint} error={error}>
      {options.map((option) => {
        const optionId = `${id}-${option.value}`;
        return (
          <div className="form-group-checkbox" key={option.value}>
            <input
              type="checkbox"
              className="form-checkbox"
              id={optionId}
              name={name}
              value={option.value}
              checked={values.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            <label className="form-label" htmlFor={optionId}>
              {option.label}
            </label>
          </div>
        );
      })}
    </ChoiceFieldset>
  );
}

interface CheckboxProps {
  name: string;
  label: ReactNode;
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
}

export function Checkbox({ name, label, checked, onCheckedChange }: CheckboxProps) {
  const id = fieldId(name);
  return (
    <div className="form-group">
      <div className="form-group-checkbox">
        <input
          type="checkbox"
          className="form-checkbox"
          id={id}
          name={name}
          checked={checked}
          onChange={(event) => onCheckedChange(event.target.checked)}
        />
        <label className="form-label" htmlFor={id}>
          {label}
        </label>
      </div>
    </div>
  );
}

interface FileFieldProps {
  name: string;
  label: ReactNode;
  accept: string;
  onFileChange: (file: File | null) => void;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  inputKey?: number;
}

export function FileField({
  name,
  label,
  accept,
  onFileChange,
  hint,
  error,
  optional,
  inputKey,
}: FileFieldProps) {
  const id = fieldId(name);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} optional={optional}>
      <input
        key={inputKey}
        type="file"
        id={id}
        name={name}
        accept={accept}
        className="form-file"
        onChange={(event) => onFileChange(event.target.files?.[0] ?? null)}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
      />
    </FieldFrame>
  );
}
