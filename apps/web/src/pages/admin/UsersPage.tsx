import { useEffect, useRef, useState } from 'react';
import { organisationApi, userApi } from '../../api/endpoints';
import type { Municipality, Role, User } from '../../api/types';
import { ActionText } from '../../components/ActionText';
import { Alert } from '../../components/Alert';
import { ProblemAlert } from '../../components/errors';
import { SelectField, TextField } from '../../components/fields';
import { LoadState } from '../../components/LoadState';
import { PageHeading } from '../../components/PageHeading';
import { useFocusAfterRender } from '../../components/useFocusAfterRender';
import { useLoader } from '../../components/useLoader';
import { FormProblem, useForm } from '../../components/useForm';
import { isEmail } from '../../format/validation';
import { useLanguage } from '../../i18n/language';
import { navigate, useRoute, withQuery } from '../../routing/router';
import { useUser } from '../../session/session';

const ROLES: Role[] = ['consultant', 'contact', 'admin'];

function isRole(value: string | null): value is Role {
  return value !== null && (ROLES as string[]).includes(value);
}

const PAGE_SIZE = 25;

interface UserList {
  items: User[];
  nextCursor: string | null;
}

export function UsersPage() {
  const { t } = useLanguage();
  const { path, query } = useRoute();
  // The filters live in the address, so a search can be bookmarked and Back returns to it.
  const roleFilter = isRole(query.get('rolle')) ? (query.get('rolle') as Role) : undefined;
  const municipalityFilter = query.get('kommune') ?? undefined;
  const search = query.get('q')?.trim() || undefined;
  const users = useLoader<UserList>(
    (signal) =>
      userApi.page(
        { role: roleFilter, municipalityId: municipalityFilter, q: search },
        { limit: PAGE_SIZE },
        signal,
      ),
    [roleFilter, municipalityFilter, search],
  );
  const municipalities = useLoader(() => organisationApi.municipalities(), []);
  const municipalityList = municipalities.result.state === 'ready' ? municipalities.result.data : [];
  const [notice, setNotice] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const focusAfterRender = useFocusAfterRender();

  const loadMore = async (list: UserList) => {
    setLoadingMore(true);
    setMoreError(null);
    try {
      const next = await userApi.page(
        { role: roleFilter, municipalityId: municipalityFilter, q: search },
        { limit: PAGE_SIZE, cursor: list.nextCursor },
      );
      users.setData((current) => ({ items: [...current.items, ...next.items], nextCursor: next.nextCursor }));
      // The first new row gets the focus, so a keyboard user continues where the list grew.
      if (next.items[0]) focusAfterRender(`user-${next.items[0].id}`);
    } catch (caught) {
      setMoreError(caught);
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <>
      <PageHeading>{t.users.title}</PageHeading>
      <p className="font-lead">{t.users.intro}</p>
      {notice && (
        <Alert variant="success" focus key={notice}>
          {notice}
        </Alert>
      )}
      <CreateUserForm
        municipalities={municipalityList}
        onCreated={(user) => {
          users.reload();
          setNotice(t.users.created(user.name));
        }}
      />
      <section aria-labelledby="user-list-heading" className="mt-8">
        <h2 id="user-list-heading">{t.users.listHeading}</h2>
        <UserFilters
          key={`${search ?? ''}|${roleFilter ?? ''}|${municipalityFilter ?? ''}`}
          initial={{ q: search ?? '', role: roleFilter ?? '', municipalityId: municipalityFilter ?? '' }}
          municipalities={municipalityList}
          onApply={(filters) =>
            navigate(
              withQuery(path, {
                q: filters.q.trim() || undefined,
                rolle: filters.role || undefined,
                kommune: filters.municipalityId || undefined,
              }),
              { replace: true },
            )
          }
        />
        <div aria-live="polite">
          <LoadState loader={users}>
            {(list) => (
              <>
                <p>
                  {list.nextCursor ? t.users.countMore(list.items.length) : t.users.count(list.items.length)}
                </p>
                {list.items.length === 0 ? (
                  <p className="empty-state">{t.users.empty}</p>
                ) : (
                  <UserTable
                    users={list.items}
                    municipalities={municipalityList}
                    onDeactivated={(user) => {
                      users.setData((current) => ({
                        ...current,
                        items: current.items.map((u) =>
                          u.id === user.id ? { ...u, ...user, active: false } : u,
                        ),
                      }));
                      setNotice(t.users.deactivated(user.name));
                    }}
                    onResetSent={(user) => setNotice(t.users.resetSent(user.name))}
                    onMfaReset={(user) => setNotice(t.users.mfaReset(user.name))}
                  />
                )}
                {moreError !== null && <ProblemAlert error={moreError} />}
                {list.nextCursor && (
                  <button
                    type="button"
                    className="button button-secondary mt-4"
                    onClick={() => void loadMore(list)}
                    disabled={loadingMore}
                  >
                    {loadingMore ? t.users.loadingMore : t.users.loadMore}
                  </button>
                )}
              </>
            )}
          </LoadState>
        </div>
      </section>
    </>
  );
}

interface FilterValues {
  q: string;
  role: string;
  municipalityId: string;
}

/** Search and filters; applied on submit, so a screen reader is not interrupted at every key. */
function UserFilters({
  initial,
  municipalities,
  onApply,
}: {
  initial: FilterValues;
  municipalities: Municipality[];
  onApply: (filters: FilterValues) => void;
}) {
  const { t } = useLanguage();
  const [values, setValues] = useState<FilterValues>(initial);
  const form = useForm({
    labels: { q: t.users.search, role: t.users.filter, municipalityId: t.users.municipalityFilter },
    validate: () => ({ q: values.q.trim().length > 100 ? t.users.searchTooLong : undefined }),
    submit: async () => onApply(values),
  });
  return (
    <form onSubmit={form.onSubmit} noValidate role="search" aria-label={t.users.searchLabel}>
      <FormProblem form={form} />
      <div className="filter-row">
        <TextField
          name="q"
          type="search"
          label={t.users.search}
          hint={t.users.searchHint}
          value={values.q}
          onValueChange={(q) => setValues({ ...values, q })}
          error={form.errors.q}
          autoComplete="off"
        />
        <SelectField
          name="roleFilter"
          label={t.users.filter}
          value={values.role}
          onValueChange={(role) => setValues({ ...values, role })}
          placeholder={t.users.allRoles}
          options={ROLES.map((role) => ({ value: role, label: t.roles[role] }))}
        />
        <SelectField
          name="municipalityFilter"
          label={t.users.municipalityFilter}
          value={values.municipalityId}
          onValueChange={(municipalityId) => setValues({ ...values, municipalityId })}
          placeholder={t.users.allMunicipalities}
          options={[...municipalities]
            .sort((a, b) => a.name.localeCompare(b.name, 'da'))
            .map((m) => ({ value: m.id, label: m.name }))}
        />
      </div>
      <button type="submit" className="button button-primary">
        {t.users.applyFilters}
      </button>
    </form>
  );
}

interface UserTableProps {
  users: User[];
  municipalities: Municipality[];
  onDeactivated: (user: User) => void;
  onResetSent: (user: User) => void;
  onMfaReset: (user: User) => void;
}

function isActive(user: User): boolean {
  return user.active !== false && !user.deactivatedAt;
}

function UserTable({ users, municipalities, onDeactivated, onResetSent, onMfaReset }: UserTableProps) {
  const { t } = useLanguage();
  const me = useUser();
  const municipalityName = (id: string | null) => municipalities.find((m) => m.id === id)?.name ?? '–';
  return (
    <div className="table--responsive-scroll">
      <table className="table table--zebra">
        <thead>
          <tr>
            <th scope="col">{t.users.name}</th>
            <th scope="col">{t.users.email}</th>
            <th scope="col">{t.users.role}</th>
            <th scope="col">{t.users.municipality}</th>
            <th scope="col">{t.users.status}</th>
            <th scope="col">
              <span className="sr-only">{t.calendar.actions}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <th scope="row" id={`user-${user.id}`} tabIndex={-1}>
                {user.name}
              </th>
              <td>{user.email}</td>
              <td>{t.roles[user.role]}</td>
              <td>{municipalityName(user.municipalityId)}</td>
              <td>{isActive(user) ? t.users.active : t.users.inactive}</td>
              <td>
                {isActive(user) && (
                  <div className="button-row">
                    <SendPasswordReset user={user} onSent={onResetSent} />
                    {user.id !== me.id && <SendPasswordReset user={user} onSent={onMfaReset} action="mfa" />}
                    <DeactivateUser user={user} onDeactivated={onDeactivated} />
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Mails the user a one-time link to choose a new password (the admin never sees or sets it), or
 * removes their authenticator after a lost phone.
 */
function SendPasswordReset({
  user,
  onSent,
  action = 'password',
}: {
  user: User;
  onSent: (user: User) => void;
  action?: 'password' | 'mfa';
}) {
  const { t } = useLanguage();
  const [error, setError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  const send = async () => {
    setSubmitting(true);
    setError(null);
    try {
      if (action === 'mfa') await userApi.resetMfa(user.id);
      else await userApi.sendPasswordReset(user.id);
      onSent(user);
    } catch (caught) {
      setError(caught);
    } finally {
      setSubmitting(false);
    }
  };
  return (
    <>
      {error !== null && <ProblemAlert error={error} />}
      <button
        type="button"
        className="button button-secondary"
        onClick={() => void send()}
        disabled={submitting}
      >
        <ActionText text={action === 'mfa' ? t.users.resetMfa : t.users.sendReset} context={user.name} />
      </button>
    </>
  );
}

function DeactivateUser({ user, onDeactivated }: { user: User; onDeactivated: (user: User) => void }) {
  const { t } = useLanguage();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  const headingRef = useRef<HTMLParagraphElement>(null);
  const focusAfterRender = useFocusAfterRender();

  useEffect(() => {
    if (confirming) headingRef.current?.focus();
  }, [confirming]);

  if (!confirming) {
    return (
      <button
        id={`deactivate-${user.id}`}
        type="button"
        className="button button-secondary"
        onClick={() => setConfirming(true)}
      >
        <ActionText text={t.users.deactivate} context={user.name} />
      </button>
    );
  }

  const confirm = async () => {
    setSubmitting(true);
    setError(null);
    try {
      const result = await userApi.deactivate(user.id);
      onDeactivated({ ...user, ...(result ?? {}), active: false });
    } catch (caught) {
      setError(caught);
      setSubmitting(false);
    }
  };

  return (
    <div className="confirm-panel">
      <p ref={headingRef} tabIndex={-1} className="bold mb-2">
        {t.users.deactivateHeading(user.name)}
      </p>
      <p>{t.users.deactivateText}</p>
      {error !== null && <ProblemAlert error={error} />}
      <div className="button-row">
        <button
          type="button"
          className="button button-warning"
          onClick={() => void confirm()}
          disabled={submitting}
        >
          {t.users.deactivateConfirm}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            setConfirming(false);
            focusAfterRender(`deactivate-${user.id}`);
          }}
        >
          {t.users.keep}
        </button>
      </div>
    </div>
  );
}

/** A new user gets an invitation mail and chooses their own password; the admin never sets one. */
function CreateUserForm({
  municipalities,
  onCreated,
}: {
  municipalities: Municipality[];
  onCreated: (user: User) => void;
}) {
  const { t } = useLanguage();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('consultant');
  const [municipalityId, setMunicipalityId] = useState('');
  const [profession, setProfession] = useState('');
  const form = useForm({
    labels: {
      name: t.users.name,
      email: t.users.email,
      role: t.users.role,
      municipalityId: t.users.municipality,
      profession: t.users.profession,
    },
    validate: () => ({
      name: name.trim() ? undefined : t.users.nameMissing,
      email: isEmail(email) ? undefined : t.users.emailInvalid,
      municipalityId: role === 'consultant' && !municipalityId ? t.users.municipalityMissing : undefined,
    }),
    submit: async () => {
      const created = await userApi.create({
        name: name.trim(),
        email: email.trim(),
        role,
        municipalityId: municipalityId || undefined,
        profession: profession.trim() || undefined,
      });
      onCreated(created);
      setName('');
      setEmail('');
      setProfession('');
    },
  });

  return (
    <section aria-labelledby="create-user-heading" className="mt-6">
      <h2 id="create-user-heading">{t.users.createHeading}</h2>
      <FormProblem form={form} messages={{ CONFLICT: t.users.duplicateEmail }} />
      <form onSubmit={form.onSubmit} noValidate>
        <TextField
          name="name"
          label={t.users.name}
          value={name}
          onValueChange={setName}
          error={form.errors.name}
          autoComplete="off"
        />
        <TextField
          name="email"
          type="email"
          label={t.users.email}
          value={email}
          onValueChange={setEmail}
          error={form.errors.email}
          autoComplete="off"
        />
        <SelectField
          name="role"
          label={t.users.role}
          value={role}
          onValueChange={(value) => {
            setRole(value as Role);
            if (value !== 'consultant') setMunicipalityId('');
          }}
          options={ROLES.map((value) => ({ value, label: t.roles[value] }))}
          error={form.errors.role}
        />
        {role === 'consultant' && (
          <SelectField
            name="municipalityId"
            label={t.users.municipality}
            value={municipalityId}
            onValueChange={setMunicipalityId}
            placeholder={t.users.chooseMunicipality}
            options={[...municipalities]
              .sort((a, b) => a.name.localeCompare(b.name, 'da'))
              .map((m) => ({ value: m.id, label: m.name }))}
            error={form.errors.municipalityId}
          />
        )}
        <TextField
          name="profession"
          label={t.users.profession}
          value={profession}
          onValueChange={setProfession}
          error={form.errors.profession}
          optional
        />
        <p className="form-hint">{t.users.inviteHint}</p>
        <button type="submit" className="button button-primary" disabled={form.submitting}>
          {form.submitting ? t.users.submitting : t.users.submit}
        </button>
      </form>
    </section>
  );
}
