import type { ReactNode } from 'react';
import type { Role } from '../api/types';
import { AuditLogPage } from '../pages/admin/AuditLogPage';
import { IdentityProvidersPage } from '../pages/admin/IdentityProvidersPage';
import { MunicipalitiesPage } from '../pages/admin/MunicipalitiesPage';
import { QueuesPage } from '../pages/admin/QueuesPage';
import { ReportsPage } from '../pages/admin/ReportsPage';
import { StatisticsPage } from '../pages/admin/StatisticsPage';
import { UsersPage } from '../pages/admin/UsersPage';
import { BookingDetailPage } from '../pages/booking/BookingDetailPage';
import { AbsencePage } from '../pages/contact/AbsencePage';
import { CalendarPage } from '../pages/contact/CalendarPage';
import { SeriesPage } from '../pages/contact/SeriesPage';
import { BookSlotPage } from '../pages/consultant/BookSlotPage';
import { CaseSummaryPage } from '../pages/consultant/CaseSummaryPage';
import { FindSlotsPage } from '../pages/consultant/FindSlotsPage';
import { MyBookingsPage } from '../pages/consultant/MyBookingsPage';
import { RebookBookingPage } from '../pages/consultant/RebookBookingPage';
import { RescheduleBookingPage } from '../pages/consultant/RescheduleBookingPage';

export interface AppRoute {
  pattern: string;
  roles: Role[];
  render: (params: Record<string, string>) => ReactNode;
}

const ALL: Role[] = ['consultant', 'contact', 'admin'];

// Pages for signed-in users. Public pages (log ind, tilgængelighedserklæring) are handled in App.
export const ROUTES: AppRoute[] = [
  { pattern: '/find-tid', roles: ['consultant'], render: () => <FindSlotsPage /> },
  {
    pattern: '/book/:slotId',
    roles: ['consultant'],
    render: ({ slotId }) => <BookSlotPage key={slotId} slotId={slotId} />,
  },
  { pattern: '/bookinger', roles: ['consultant'], render: () => <MyBookingsPage /> },
  {
    pattern: '/bookinger/:id',
    roles: ALL,
    render: ({ id }) => <BookingDetailPage key={id} bookingId={id} />,
  },
  {
    pattern: '/bookinger/:id/sagsresume',
    roles: ['consultant'],
    render: ({ id }) => <CaseSummaryPage key={id} bookingId={id} />,
  },
  {
    pattern: '/bookinger/:id/flyt',
    roles: ['consultant'],
    render: ({ id }) => <RescheduleBookingPage key={id} bookingId={id} />,
  },
  {
    pattern: '/bookinger/:id/ny-tid',
    roles: ['consultant'],
    render: ({ id }) => <RebookBookingPage key={id} bookingId={id} />,
  },
  { pattern: '/kalender', roles: ['contact'], render: () => <CalendarPage /> },
  { pattern: '/faste-tider', roles: ['contact'], render: () => <SeriesPage /> },
  { pattern: '/fravaer', roles: ['contact'], render: () => <AbsencePage /> },
  { pattern: '/admin/statistik', roles: ['admin'], render: () => <StatisticsPage /> },
  { pattern: '/admin/rapporter', roles: ['admin'], render: () => <ReportsPage /> },
  { pattern: '/admin/kommuner', roles: ['admin'], render: () => <MunicipalitiesPage /> },
  { pattern: '/admin/brugere', roles: ['admin'], render: () => <UsersPage /> },
  { pattern: '/admin/log-ind-udbydere', roles: ['admin'], render: () => <IdentityProvidersPage /> },
  { pattern: '/admin/log', roles: ['admin'], render: () => <AuditLogPage /> },
  { pattern: '/admin/koeer', roles: ['admin'], render: () => <QueuesPage /> },
];
