import type { Role } from '../../api/types';
import type { Dictionary } from '../../i18n/da';

export interface NavItem {
  to: string;
  label: (t: Dictionary) => string;
  /** External to the single-page app (served by the API itself). */
  external?: boolean;
}

export const NAVIGATION: Record<Role, NavItem[]> = {
  consultant: [
    { to: '/find-tid', label: (t) => t.nav.findSlots },
    { to: '/bookinger', label: (t) => t.nav.myBookings },
    { to: '/totrinsbekraeftelse', label: (t) => t.nav.mfa },
  ],
  contact: [
    { to: '/kalender', label: (t) => t.nav.calendar },
    { to: '/faste-tider', label: (t) => t.nav.series },
    { to: '/fravaer', label: (t) => t.nav.absence },
    { to: '/totrinsbekraeftelse', label: (t) => t.nav.mfa },
  ],
  admin: [
    { to: '/admin/statistik', label: (t) => t.nav.statistics },
    { to: '/admin/rapporter', label: (t) => t.nav.reports },
    { to: '/admin/kommuner', label: (t) => t.nav.municipalities },
    { to: '/admin/brugere', label: (t) => t.nav.users },
    { to: '/admin/log-ind-udbydere', label: (t) => t.nav.identityProviders },
    { to: '/admin/log', label: (t) => t.nav.audit },
    { to: '/admin/koeer', label: (t) => t.nav.queues },
    { to: '/totrinsbekraeftelse', label: (t) => t.nav.mfa },
  ],
};

export function homePath(role: Role): string {
  return NAVIGATION[role][0].to;
}
