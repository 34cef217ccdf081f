import { useState } from 'react';
import { identityProviderApi, organisationApi } from '../../api/endpoints';
import type { IdentityProvider, IdentityProviderKind, Municipality } from '../../api/types';
import { ActionText } from '../../components/ActionText';
import { Alert } from '../../components/Alert';
import { ProblemAlert } from '../../components/errors';
import { Checkbox, CheckboxGroup, RadioGroup, TextAreaField, TextField } from '../../components/fields';
import { LoadState } from '../../components/LoadState';
import { PageHeading } from '../../components/PageHeading';
import { FormProblem, useForm } from '../../components/useForm';
import { useLoader } from '../../components/useLoader';
import { useLanguage } from '../../i18n/language';

interface Data {
  providers: IdentityProvider[];
  municipalities: Municipality[];
}

/** The region's identity providers: what to register at them, the list, and a form to add one. */
export function IdentityProvidersPage() {
  const { t } = useLanguage();
  const loader = useLoader<Data>(async () => {
    const [providers, municipalities] = await Promise.all([
      identityProviderApi.list(),
      organisationApi.municipalities(),
    ]);
    return { providers, municipalities };
  }, []);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const origin = window.location.origin;

  const remove = async (provider: IdentityProvider) => {
    setError(null);
    try {
      await identityProviderApi.remove(provider.id);
      loader.setData((current) => ({
        ...current,
        providers: current.providers.filter((p) => p.id !== provider.id),
      }));
      setNotice(t.identityProviders.removed(provider.name));
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <>
      <PageHeading>{t.identityProviders.title}</PageHeading>
      <p className="font-lead">{t.identityProviders.intro}</p>
      <h2 className="h3">{t.identityProviders.ourValues}</h2>
      <dl>
        <dt>{t.identityProviders.entityId}</dt>
        <dd>
          <code>{`${origin}/api/v1/auth/saml/metadata`}</code>
        </dd>
        <dt>{t.identityProviders.acs}</dt>
        <dd>
          <code>{`${origin}/api/v1/auth/saml/acs`}</code>
        </dd>
        <dt>{t.identityProviders.slo}</dt>
        <dd>
          <code>{`${origin}/api/v1/auth/saml/slo`}</code>
        </dd>
        <dt>{t.identityProviders.redirectUri}</dt>
        <dd>
          <code>{`${origin}/api/v1/auth/oidc/callback`}</code>
        </dd>
      </dl>
      {notice && (
        <Alert variant="success" focus key={notice}>
          {notice}
        </Alert>
      )}
      {error !== null && <ProblemAlert error={error} />}
      <LoadState loader={loader}>
        {(data) => (
          <>
            {data.providers.length === 0 ? (
              <p className="empty-state">{t.identityProviders.empty}</p>
            ) : (
              <div className="table--responsive-scroll">
                <table className="table">
                  <thead>
                    <tr>
                      <th scope="col">{t.identityProviders.name}</th>
                      <th scope="col">{t.identityProviders.kind}</th>
                      <th scope="col">{t.identityProviders.scope}</th>
                      <th scope="col">{t.identityProviders.domains}</th>
                      <th scope="col">{t.identityProviders.passwords}</th>
                      <th scope="col">
                        <span className="sr-only">{t.identityProviders.remove}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.providers.map((provider) => (
                      <tr key={provider.id}>
                        <th scope="row">
                          {provider.name}
                          <br />
                          <small>{provider.entityId}</small>
                        </th>
                        <td>{provider.kind === 'saml' ? 'SAML 2.0' : 'OpenID Connect'}</td>
                        <td>
                          {provider.municipalityIds.length === 0
                            ? t.identityProviders.wholeRegion
                            : t.identityProviders.municipalitiesCount(provider.municipalityIds.length)}
                        </td>
                        <td>{provider.emailDomains.join(', ')}</td>
                        <td>
                          {provider.localLoginAllowed
                            ? t.identityProviders.passwordsAllowed
                            : t.identityProviders.passwordsOff}
                        </td>
                        <td>
                          <button
                            type="button"
                            className="button button-secondary"
                            onClick={() => void remove(provider)}
                          >
                            <ActionText text={t.identityProviders.remove} context={provider.name} />
                          </button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <CreateProviderForm
              municipalities={data.municipalities}
              onCreated={(created) => {
                loader.setData((current) => ({ ...current, providers: [...current.providers, created] }));
                setNotice(t.identityProviders.created(created.name));
              }}
            />
          </>
        )}
      </LoadState>
    </>
  );
}

function CreateProviderForm({
  municipalities,
  onCreated,
}: {
  municipalities: Municipality[];
  onCreated: (provider: IdentityProvider) => void;
}) {
  const { t } = useLanguage();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<IdentityProviderKind>('saml');
  const [metadataUrl, setMetadataUrl] = useState('');
  const [metadataXml, setMetadataXml] = useState('');
  const [issuer, setIssuer] = useState('');
  const [clientId, setClientId] = useState('');
  const [clientSecret, setClientSecret] = useState('');
  const [municipalityIds, setMunicipalityIds] = useState<string[]>([]);
  const [domains, setDomains] = useState('');
  const [localLoginAllowed, setLocalLoginAllowed] = useState(true);
  const form = useForm({
    labels: {
      name: t.identityProviders.name,
      metadataUrl: t.identityProviders.metadataUrl,
      metadataXml: t.identityProviders.metadataXml,
      issuer: t.identityProviders.issuer,
      clientId: t.identityProviders.clientId,
      clientSecret: t.identityProviders.clientSecret,
      municipalityIds: t.identityProviders.municipalities,
      emailDomains: t.identityProviders.domains,
    },
    // In the order of the fields on the page: the first error gets the focus.
    validate: () => ({
      name: name.trim() ? undefined : t.identityProviders.nameMissing,
      metadataUrl:
        kind === 'saml' && !metadataUrl.trim() && !metadataXml.trim()
          ? t.identityProviders.metadataMissing
          : undefined,
      issuer: kind === 'oidc' && !issuer.trim() ? t.identityProviders.oidcMissing : undefined,
      clientId: kind === 'oidc' && !clientId.trim() ? t.identityProviders.oidcMissing : undefined,
      clientSecret: kind === 'oidc' && !clientSecret ? t.identityProviders.oidcMissing : undefined,
    }),
    submit: async () => {
      const created = await identityProviderApi.create({
        name: name.trim(),
        kind,
        municipalityIds,
        emailDomains: domains
          .split(',')
          .map((domain) => domain.trim())
          .filter(Boolean),
        localLoginAllowed,
        ...(kind === 'saml'
          ? metadataXml.trim()
            ? { metadataXml: metadataXml.trim() }
            : { metadataUrl: metadataUrl.trim() }
          : { issuer: issuer.trim(), clientId: clientId.trim(), clientSecret }),
      });
      onCreated(created);
      setName('');
      setMetadataUrl('');
      setMetadataXml('');
      setClientSecret('');
    },
  });

  return (
    <section aria-labelledby="create-provider-heading" className="mt-8">
      <h2 id="create-provider-heading">{t.identityProviders.createHeading}</h2>
      <FormProblem form={form} />
      <form onSubmit={form.onSubmit} noValidate>
        <TextField
          name="name"
          label={t.identityProviders.name}
          value={name}
          onValueChange={setName}
          error={form.errors.name}
          autoComplete="off"
        />
        <RadioGroup
          name="kind"
          legend={t.identityProviders.kind}
          value={kind}
          onValueChange={(value) => setKind(value as IdentityProviderKind)}
          options={[
            { value: 'saml', label: t.identityProviders.kinds.saml },
            { value: 'oidc', label: t.identityProviders.kinds.oidc },
          ]}
        />
        {kind === 'saml' ? (
          <>
            <TextField
              name="metadataUrl"
              type="url"
              label={t.identityProviders.metadataUrl}
              value={metadataUrl}
              onValueChange={setMetadataUrl}
              error={form.errors.metadataUrl}
              optional
            />
            <TextAreaField
              name="metadataXml"
              label={t.identityProviders.metadataXml}
              value={metadataXml}
              onValueChange={setMetadataXml}
              error={form.errors.metadataXml}
              optional
            />
          </>
        ) : (
          <>
            <TextField
              name="issuer"
              type="url"
              label={t.identityProviders.issuer}
              value={issuer}
              onValueChange={setIssuer}
              error={form.errors.issuer}
            />
            <TextField
              name="clientId"
              label={t.identityProviders.clientId}
              value={clientId}
              onValueChange={setClientId}
              error={form.errors.clientId}
              autoComplete="off"
            />
            <TextField
              name="clientSecret"
              type="password"
              label={t.identityProviders.clientSecret}
              hint={t.identityProviders.secretHint}
              value={clientSecret}
              onValueChange={setClientSecret}
              error={form.errors.clientSecret}
              autoComplete="new-password"
            />
          </>
        )}
        <CheckboxGroup
          name="municipalityIds"
          legend={t.identityProviders.municipalities}
          hint={t.identityProviders.municipalitiesHint}
          values={municipalityIds}
          onValuesChange={setMunicipalityIds}
          error={form.errors.municipalityIds}
          options={[...municipalities]
            .sort((a, b) => a.name.localeCompare(b.name, 'da'))
            .map((m) => ({ value: m.id, label: m.name }))}
        />
        <TextField
          name="emailDomains"
          label={t.identityProviders.domains}
          hint={t.identityProviders.domainsHint}
          value={domains}
          onValueChange={setDomains}
          error={form.errors.emailDomains}
          optional
        />
        <Checkbox
          name="localLoginAllowed"
          label={t.identityProviders.allowPasswords}
          checked={localLoginAllowed}
          onCheckedChange={setLocalLoginAllowed}
        />
        <button type="submit" className="button button-primary" disabled={form.submitting}>
          {form.submitting ? t.identityProviders.submitting : t.identityProviders.submit}
        </button>
      </form>
    </section>
  );
}
