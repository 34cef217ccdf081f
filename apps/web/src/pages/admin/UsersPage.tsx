import { useEffect, useRef, useState, type FormEvent } from 'react';
import { organisationApi, userApi } from '../../api/endpoints';
import type { Municipality, Role, User } from '../../api/types';
import { ActionText } from '../../components/ActionText';
import { Alert } from '../../components/Alert';
import { ProblemAlert, serverFieldErrors } from '../../components/errors';
import { SelectField, TextField } from '../../components/fields';
import { LoadState } from '../../components/LoadState';
import { PageHeading } from '../../components/PageHeading';
import { useFocusAfterRender } from '../../components/useFocusAfterRender';
import { useLoader } from '../../components/useLoader';
import { focusFirstError, isEmail } from '../../format/validation';
import { useLanguage } from '../../i18n/language';
import { navigate, useRoute, withQuery } from '../../routing/router';
import { useUser } from '../../session/session';

const ROLES: Role[] = ['consultant', 'contact', 'admin'];

function isRole(value: string | null): value is Role {
  return value !== null && (ROLES as string[]).includes(value);
}

export function UsersPage() {
  const { t } = useLanguage();
  const { path, query } = useRoute();
  const roleFilter = isRole(query.get('rolle')) ? (query.get('rolle') as Role) : undefined;
  const users = useLoader(() => userApi.list({ role: roleFilter }), [roleFilter]);
  const municipalities = useLoader(() => organisationApi.municipalities(), []);
  const municipalityList = municipalities.result.state === 'ready' ? municipalities.result.data : [];
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <>
      <PageHeading>{t.users.title}</PageHeading>
      <p className="font-lead">{t.users.intro}</p>
      {notice && (
        <Alert variant="success" focus key={notice}>
          {notice}
        </Alert>
      )}
      <SelectField
        name="roleFilter"
        label={t.users.filter}
        value={roleFilter ?? ''}
        onValueChange={(role) => navigate(withQuery(path, { rolle: role || undefined }), { replace: true })}
        placeholder={t.users.allRoles}
        options={ROLES.map((role) => ({ value: role, label: t.roles[role] }))}
      />
      <LoadState loader={users}>
        {(list) => (
          <>
            <p aria-live="polite">{t.users.count(list.length)}</p>
            {list.length === 0 ? (
              <p className="empty-state">{t.users.empty}</p>
            ) : (
              <UserTable
                users={list}
                municipalities={municipalityList}
                onDeactivated={(user) => {
                  users.setData((current) =>
                    current.map((u) => (u.id === user.id ? { ...u, ...user, active: false } : u)),
                  );
                  setNotice(t.users.deactivated(user.name));
                }}
                onResetSent={(user) => setNotice(t.users.resetSent(user.name))}
                onMfaReset={(user) => setNotice(t.users.mfaReset(user.name))}
              />
            )}
          </>
        )}
      </LoadState>
      <CreateUserForm
        municipalities={municipalityList}
        onCreated={(user) => {
          if (!roleFilter || roleFilter === user.role) users.setData((current) => [...current, user]);
          setNotice(t.users.created(user.name));
        }}
      />
    </>
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
              <th scope="row">{user.name}</th>
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

const FIELD_ORDER = ['name', 'email', 'role', 'municipalityId', 'profession'];

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
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [error, setError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string | undefined> = {};
    if (!name.trim()) found.name = t.users.nameMissing;
    if (!isEmail(email)) found.email = t.users.emailInvalid;
    if (role === 'consultant' && !municipalityId) found.municipalityId = t.users.municipalityMissing;
    setErrors(found);
    setError(null);
    if (Object.values(found).some(Boolean)) {
      focusFirstError(FIELD_ORDER, found);
      return;
    }
    setSubmitting(true);
    try {
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
    } catch (caught) {
      const fieldErrors = serverFieldErrors(caught);
      setErrors(fieldErrors);
      setError(caught);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <section aria-labelledby="create-user-heading" className="mt-8">
      <h2 id="create-user-heading">{t.users.createHeading}</h2>
      {error !== null && (
        <ProblemAlert
          error={error}
          fieldLabels={{
            name: t.users.name,
            email: t.users.email,
            role: t.users.role,
            municipalityId: t.users.municipality,
            profession: t.users.profession,
          }}
        />
      )}
      <form onSubmit={onSubmit} noValidate>
        <TextField
          name="name"
          label={t.users.name}
          value={name}
          onValueChange={setName}
          error={errors.name}
          autoComplete="off"
        />
        <TextField
          name="email"
          type="email"
          label={t.users.email}
          value={email}
          onValueChange={setEmail}
          error={errors.email}
          autoComplete="off"
        />
        <SelectField
          name="role"
          label={t.users.role}
          value={role}
          onValueChange={(value) => setRole(value as Role)}
          options={ROLES.map((value) => ({ value, label: t.roles[value] }))}
          error={errors.role}
        />
        <SelectField
          name="municipalityId"
          label={t.users.municipality}
          value={municipalityId}
          onValueChange={setMunicipalityId}
          placeholder={t.users.chooseMunicipality}
          options={[...municipalities]
            .sort((a, b) => a.name.localeCompare(b.name, 'da'))
            .map((m) => ({ value: m.id, label: m.name }))}
          error={errors.municipalityId}
          optional={role !== 'consultant'}
        />
        <TextField
          name="profession"
          label={t.users.profession}
          value={profession}
          onValueChange={setProfession}
          error={errors.profession}
          optional
        />
        <p className="form-hint">{t.users.inviteHint}</p>
        <button type="submit" className="button button-primary" disabled={submitting}>
          {submitting ? t.users.submitting : t.users.submit}
        </button>
      </form>
    </section>
  );
}
