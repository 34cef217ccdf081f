import { useEffect, useRef, useState } from 'react';
import { organisationApi, userApi } from '../../api/endpoints';
import type { Cluster, Municipality, User } from '../../api/types';
import { ActionText } from '../../components/ActionText';
import { Alert } from '../../components/Alert';
import { SelectField, TextField } from '../../components/fields';
import { LoadState } from '../../components/LoadState';
import { PageHeading } from '../../components/PageHeading';
import { useFocusAfterRender } from '../../components/useFocusAfterRender';
import { useLoader } from '../../components/useLoader';
import { FormProblem, useForm } from '../../components/useForm';
import { formatNumber } from '../../format/dates';
import { parseWholeNumber } from '../../format/validation';
import { useLanguage } from '../../i18n/language';

interface OrganisationData {
  clusters: Cluster[];
  municipalities: Municipality[];
  contacts: User[];
}

export function MunicipalitiesPage() {
  const { t } = useLanguage();
  const loader = useLoader<OrganisationData>(async () => {
    const [clusters, municipalities, contacts] = await Promise.all([
      organisationApi.clusters(),
      organisationApi.municipalities(),
      userApi.list({ role: 'contact' }),
    ]);
    return { clusters, municipalities, contacts };
  }, []);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <>
      <PageHeading>{t.municipalities.title}</PageHeading>
      <p className="font-lead">{t.municipalities.intro}</p>
      {notice && (
        <Alert variant="success" focus key={notice}>
          {notice}
        </Alert>
      )}
      <LoadState loader={loader}>
        {(data) =>
          data.municipalities.length === 0 ? (
            <p className="empty-state">{t.municipalities.empty}</p>
          ) : (
            <>
              <MissingContactsWarning municipalities={data.municipalities} />
              {groupByCluster(data).map(({ cluster, municipalities }) => (
                <section
                  key={cluster?.id ?? 'none'}
                  aria-labelledby={`cluster-${cluster?.id ?? 'none'}`}
                  className="mt-6"
                >
                  <h2 id={`cluster-${cluster?.id ?? 'none'}`} className="h3">
                    {cluster?.name ?? t.municipalities.none}
                  </h2>
                  <MunicipalityTable
                    municipalities={municipalities}
                    contacts={data.contacts}
                    onSaved={(saved) => {
                      loader.setData((current) => ({
                        ...current,
                        municipalities: current.municipalities.map((m) => (m.id === saved.id ? saved : m)),
                      }));
                      setNotice(t.municipalities.saved(saved.name));
                    }}
                  />
                </section>
              ))}
            </>
          )
        }
      </LoadState>
    </>
  );
}

/** Municipalities without a fixed contact (nobody gets their bookings) or without a deputy. */
function MissingContactsWarning({ municipalities }: { municipalities: Municipality[] }) {
  const { t } = useLanguage();
  const byName = (a: Municipality, b: Municipality) => a.name.localeCompare(b.name, 'da');
  const noContact = municipalities.filter((m) => !m.contactId).sort(byName);
  const noDeputy = municipalities.filter((m) => m.contactId && !m.deputyContactId).sort(byName);
  if (noContact.length === 0 && noDeputy.length === 0) return null;
  return (
    <Alert variant="warning" heading={t.municipalities.missingHeading}>
      {noContact.length > 0 && (
        <p>{t.municipalities.missingContact(noContact.map((m) => m.name).join(', '))}</p>
      )}
      {noDeputy.length > 0 && <p>{t.municipalities.missingDeputy(noDeputy.map((m) => m.name).join(', '))}</p>}
    </Alert>
  );
}

function groupByCluster({ clusters, municipalities }: OrganisationData) {
  const groups = clusters.map((cluster) => ({
    cluster: cluster as Cluster | null,
    municipalities: municipalities
      .filter((m) => m.clusterId === cluster.id)
      .sort((a, b) => a.name.localeCompare(b.name, 'da')),
  }));
  const unclustered = municipalities.filter((m) => !clusters.some((c) => c.id === m.clusterId));
  if (unclustered.length) groups.push({ cluster: null, municipalities: unclustered });
  return groups.filter((group) => group.municipalities.length > 0);
}

interface MunicipalityTableProps {
  municipalities: Municipality[];
  contacts: User[];
  onSaved: (municipality: Municipality) => void;
}

function MunicipalityTable({ municipalities, contacts, onSaved }: MunicipalityTableProps) {
  const { t, language } = useLanguage();
  const [editing, setEditing] = useState<string | null>(null);
  const focusAfterRender = useFocusAfterRender();
  const nameOf = (id: string | null) =>
    id ? (contacts.find((c) => c.id === id)?.name ?? id) : t.municipalities.unassigned;

  return (
    <div className="table--responsive-scroll">
      <table className="table table--zebra">
        <thead>
          <tr>
            <th scope="col">{t.municipalities.municipality}</th>
            <th scope="col">{t.municipalities.code}</th>
            <th scope="col">{t.municipalities.contact}</th>
            <th scope="col">{t.municipalities.deputy}</th>
            <th scope="col">{t.municipalities.population}</th>
            <th scope="col">
              <span className="sr-only">{t.calendar.actions}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {municipalities.map((municipality) => (
            <tr key={municipality.id}>
              <th scope="row">{municipality.name}</th>
              <td>{municipality.code}</td>
              <td>
                {municipality.contactId ? (
                  nameOf(municipality.contactId)
                ) : (
                  <strong>{t.municipalities.contactNeeded}</strong>
                )}
              </td>
              <td>
                {municipality.deputyContactId ? (
                  nameOf(municipality.deputyContactId)
                ) : (
                  <strong>{t.municipalities.deputyNeeded}</strong>
                )}
              </td>
              <td>
                {municipality.population0to17 === null
                  ? '–'
                  : formatNumber(municipality.population0to17, language)}
              </td>
              <td>
                {editing === municipality.id ? (
                  <EditMunicipalityForm
                    municipality={municipality}
                    contacts={contacts}
                    onClose={() => {
                      setEditing(null);
                      focusAfterRender(`edit-${municipality.id}`);
                    }}
                    onSaved={(saved) => {
                      setEditing(null);
                      onSaved(saved);
                    }}
                  />
                ) : (
                  <button
                    id={`edit-${municipality.id}`}
                    type="button"
                    className="button button-secondary"
                    onClick={() => setEditing(municipality.id)}
                  >
                    <ActionText text={t.municipalities.edit} context={municipality.name} />
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface EditMunicipalityFormProps {
  municipality: Municipality;
  contacts: User[];
  onClose: () => void;
  onSaved: (municipality: Municipality) => void;
}

function EditMunicipalityForm({ municipality, contacts, onClose, onSaved }: EditMunicipalityFormProps) {
  const { t, language } = useLanguage();
  const [contactId, setContactId] = useState(municipality.contactId ?? '');
  const [deputyContactId, setDeputyContactId] = useState(municipality.deputyContactId ?? '');
  // Shown as the table shows it (4.512); typed as people write it (4512, 4.512 or 4 512).
  const [population, setPopulation] = useState(
    municipality.population0to17 === null ? '' : formatNumber(municipality.population0to17, language),
  );
  const headingRef = useRef<HTMLHeadingElement>(null);
  const prefix = `m-${municipality.id}`;
  const options = contacts.filter((c) => c.active !== false).map((c) => ({ value: c.id, label: c.name }));
  const form = useForm({
    labels: {
      contactId: t.municipalities.contact,
      deputyContactId: t.municipalities.deputy,
      population0to17: t.municipalities.population,
    },
    focusIds: {
      contactId: `field-${prefix}-contactId`,
      deputyContactId: `field-${prefix}-deputy`,
      population0to17: `field-${prefix}-population`,
    },
    validate: () => ({
      contactId: contactId ? undefined : t.municipalities.contactMissing,
      population0to17:
        population.trim() && parseWholeNumber(population) === null
          ? t.municipalities.populationInvalid
          : undefined,
    }),
    submit: async () => {
      let saved = municipality;
      if (
        contactId !== municipality.contactId ||
        (deputyContactId || null) !== municipality.deputyContactId
      ) {
        saved = await organisationApi.setContact(municipality.id, contactId, deputyContactId || null);
      }
      const nextPopulation = population.trim() ? parseWholeNumber(population) : null;
      if (nextPopulation !== null && nextPopulation !== municipality.population0to17) {
        saved = await organisationApi.setPopulation(municipality.id, nextPopulation);
      }
      onSaved(saved);
    },
  });

  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section className="confirm-panel" aria-labelledby={`${prefix}-heading`}>
      <h3 id={`${prefix}-heading`} ref={headingRef} tabIndex={-1} className="h4">
        {t.municipalities.editHeading(municipality.name)}
      </h3>
      <FormProblem form={form} />
      <form onSubmit={form.onSubmit} noValidate>
        <SelectField
          name={`${prefix}-contactId`}
          label={t.municipalities.contact}
          value={contactId}
          onValueChange={setContactId}
          placeholder={t.municipalities.unassigned}
          options={options}
          error={form.errors.contactId}
        />
        <SelectField
          name={`${prefix}-deputy`}
          label={t.municipalities.deputy}
          value={deputyContactId}
          onValueChange={setDeputyContactId}
          placeholder={t.municipalities.none}
          options={options.filter((o) => o.value !== contactId)}
          error={form.errors.deputyContactId}
          optional
        />
        <TextField
          name={`${prefix}-population`}
          label={t.municipalities.population}
          hint={t.municipalities.populationHint}
          value={population}
          onValueChange={setPopulation}
          inputMode="numeric"
          error={form.errors.population0to17}
          widthClass="input-width-s"
          optional
        />
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={form.submitting}>
            {t.municipalities.save}
          </button>
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t.municipalities.cancel}
          </button>
        </div>
      </form>
    </section>
  );
}
