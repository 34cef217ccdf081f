import { Municipality } from '@app/organisations';

export interface MunicipalityView {
  id: string;
  name: string;
  code: string;
  clusterId: string;
  regionId: string;
  population0to17: number | null;
  contactId: string | null;
  deputyContactId: string | null;
}

export const toMunicipalityView = (m: Municipality): MunicipalityView => ({
  id: m.id,
  name: m.name,
  code: m.code,
  clusterId: m.clusterId,
  regionId: m.regionId,
  population0to17: m.population0to17,
  contactId: m.contactId,
  deputyContactId: m.deputyContactId,
});
