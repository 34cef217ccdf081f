import { organisationApi } from '../api/endpoints';
import type { Municipality } from '../api/types';
import { useLoader } from './useLoader';

/** Municipalities by id, for showing names where the API gives ids. Failures just leave names out. */
export function useMunicipalities(): Municipality[] {
  const loader = useLoader(
    (_signal) => organisationApi.municipalities().catch(() => [] as Municipality[]),
    [],
  );
  return loader.result.state === 'ready' ? loader.result.data : [];
}

export function municipalityNames(ids: string[], municipalities: Municipality[]): string {
  const byId = new Map(municipalities.map((m) => [m.id, m.name]));
  return ids
    .map((id) => byId.get(id))
    .filter(Boolean)
    .join(', ');
}
