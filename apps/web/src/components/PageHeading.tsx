import { useEffect, useRef, type ReactNode } from 'react';
import { useLanguage } from '../i18n/language';
import { hasNavigated } from '../routing/router';

interface PageHeadingProps {
  children: ReactNode;
  /** Plain-text title for the browser tab, when the heading itself is not plain text. */
  title?: string;
}

/**
 * The page's h1. After a navigation it takes focus, so keyboard and screen-reader users start
 * at the top of the new page instead of somewhere in the old one.
 */
export function PageHeading({ children, title }: PageHeadingProps) {
  const { t } = useLanguage();
  const ref = useRef<HTMLHeadingElement>(null);
  const text = title ?? (typeof children === 'string' ? children : '');

  useEffect(() => {
    document.title = text ? `${text} – ${t.app.name}` : t.app.name;
  }, [text, t.app.name]);

  useEffect(() => {
    if (hasNavigated()) ref.current?.focus();
  }, []);

  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
