import { useEffect, useRef, type ReactNode } from 'react';
import { Icon } from './Icon';

export type AlertVariant = 'success' | 'info' | 'warning' | 'error';

interface AlertProps {
  variant: AlertVariant;
  heading?: ReactNode;
  children?: ReactNode;
  /** Move focus here when shown — used for the result of an action the user just took. */
  focus?: boolean;
  /** Announce the alert when it appears. Static notices (like the acute notice) are not announced. */
  announce?: boolean;
  id?: string;
}

const ICONS: Record<AlertVariant, string> = {
  success: 'success',
  info: 'info',
  warning: 'warning',
  error: 'error',
};

export function Alert({ variant, heading, children, focus = false, announce = true, id }: AlertProps) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);

  const role = !announce ? undefined : variant === 'error' ? 'alert' : 'status';
  return (
    <div ref={ref} id={id} className={`alert alert-${variant}`} role={role} tabIndex={focus ? -1 : undefined}>
      <Icon name={ICONS[variant]} className="alert-icon" />
      <div className="alert-body">
        {heading && <p className="alert-heading">{heading}</p>}
        {children && <div className="alert-text">{children}</div>}
      </div>
    </div>
  );
}
