import { Role } from '@app/organisations';

/**
 * Which bookings a caller may see, resolved from the database (never from the request):
 * a consultant their municipality's, a contact the sessions they hold and the municipalities they
 * serve, an admin their region's.
 */
export type BookingScope =
  | { kind: 'municipality'; municipalityId: string }
  | { kind: 'contact'; contactId: string; servedMunicipalityIds: string[] }
  | { kind: 'region'; regionId: string }
  | { kind: 'nothing' };

export function scopeSql(scope: BookingScope, param: (value: unknown) => string): string {
  switch (scope.kind) {
    case 'municipality':
      return `b.municipality_id = ${param(scope.municipalityId)}`;
    case 'contact':
      return `(s.contact_id = ${param(scope.contactId)} OR b.municipality_id = ANY(${param(scope.servedMunicipalityIds)}::uuid[]))`;
    case 'region':
      return `b.municipality_id IN (SELECT m.id FROM municipalities m WHERE m.region_id = ${param(scope.regionId)})`;
    case 'nothing':
      return 'false';
  }
}

export const roleOfScope = (scope: BookingScope): Role | null =>
  scope.kind === 'municipality'
    ? Role.Consultant
    : scope.kind === 'contact'
      ? Role.Contact
      : scope.kind === 'region'
        ? Role.Admin
        : null;
