import iconSprite from '@dkfds/img/all-svg-icons.svg';

/** A DKFDS icon from the design system's sprite; decorative, so hidden from screen readers. */
export function Icon({ name, className = '' }: { name: string; className?: string }) {
  return (
    <svg className={`icon-svg ${className}`.trim()} aria-hidden="true" focusable="false">
      <use href={`${iconSprite}#${name}`} />
    </svg>
  );
}
