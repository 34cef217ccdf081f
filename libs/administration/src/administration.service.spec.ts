import { randomUUID } from 'node:crypto';
import { AuditAction } from '@app/audit';
import { DomainException, ErrorCode } from '@app/common';
import { Role } from '@app/organisations';
import { administrationWorld, OTHER_REGION } from './testing/in-memory-administration-world';

/** The DomainException a rejected promise carries. */
async function refusal(promise: Promise<unknown>): Promise<DomainException> {
  const error = await promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainException);
  return error as DomainException;
}

/** The fields a ValidationFailed refusal names. */
async function fieldsOf(promise: Promise<unknown>): Promise<string[]> {
  const error = await refusal(promise);
  expect(error.code).toBe(ErrorCode.ValidationFailed);
  return (error.extras.errors ?? []).map((e) => e.field);
}

describe('AdministrationService (rules, on in-memory fakes and a fixed clock)', () => {
  describe('users', () => {
    it('creates a user without a password in the admin’s region, invites them and audits both', async () => {
      const w = administrationWorld();
      const admin = w.addUser(Role.Admin);
      const odder = w.addMunicipality();
      const view = await w.service.createUser(admin, {
        email: 'ppr.odder@kommune.dk',
        name: 'Anne Konsulent',
        role: Role.Consultant,
        municipalityId: odder.id,
      });
      expect(view).toMatchObject({ role: Role.Consultant, municipalityId: odder.id, active: true });
      expect(view).not.toHaveProperty('passwordHash');
      expect(w.repository.users.get(view.id)).toMatchObject({ passwordHash: null, regionId: admin.regionId });
      expect(w.links).toEqual([{ userId: view.id, purpose: 'invitation', byId: admin.id }]);
      expect(w.audit).toEqual([
        expect.objectContaining({ action: AuditAction.UserCreated, subject: { type: 'user', id: view.id } }),
        expect.objectContaining({ action: AuditAction.UserInvited, details: { linkId: 'link-1' } }),
      ]);
    });

    it('sends no invitation while local passwords are off (single sign-on only)', async () => {
      const w = administrationWorld();
      w.settings.localLogin = false;
      const admin = w.addUser(Role.Admin);
      await w.service.createUser(admin, { email: 'kontakt@region.dk', name: 'Karl', role: Role.Contact });
      expect(w.links).toEqual([]);
      expect(w.audit.map((entry) => entry.action)).toEqual([AuditAction.UserCreated]);
    });

    it('answers a taken e-mail address with 409, a Danish message and a field error on email', async () => {
      const w = administrationWorld();
      const admin = w.addUser(Role.Admin);
      const taken = w.addUser(Role.Contact);
      const message = 'Der findes allerede en bruger med denne e-mailadresse.';
      const created = await refusal(
        w.service.createUser(admin, { email: taken.email, name: 'Igen', role: Role.Contact }),
      );
      expect(created.code).toBe(ErrorCode.Conflict);
      expect(created.status).toBe(409);
      expect(created.detail).toBe(message);
      expect(created.extras.errors).toEqual([{ field: 'email', message }]);

      const other = w.addUser(Role.Contact);
      const updated = await refusal(w.service.updateUser(admin, other.id, { email: taken.email }));
      expect(updated.extras.errors).toEqual([{ field: 'email', message }]);
    });

    it('gives a consultant exactly one municipality of the region, and nobody else one', async () => {
      const w = administrationWorld();
      const admin = w.addUser(Role.Admin);
      const ours = w.addMunicipality();
      const theirs = w.addMunicipality(OTHER_REGION);
      const user = (role: Role, municipalityId?: string | null) => ({
        email: `${randomUUID().slice(0, 8)}@kommune.dk`,
        name: 'Ny bruger',
        role,
        municipalityId,
      });
      expect(await fieldsOf(w.service.createUser(admin, user(Role.Consultant)))).toEqual(['municipalityId']);
      expect(await fieldsOf(w.service.createUser(admin, user(Role.Consultant, theirs.id)))).toEqual([
        'municipalityId',
      ]);
      for (const role of [Role.Contact, Role.Admin])
        expect(await fieldsOf(w.service.createUser(admin, user(role, ours.id)))).toEqual(['municipalityId']);
      expect(w.repository.users.size).toBe(1);

      // Promoting a consultant drops the municipality; making someone a consultant needs one.
      const consultant = w.addUser(Role.Consultant, { municipalityId: ours.id });
      expect(await w.service.updateUser(admin, consultant.id, { role: Role.Contact })).toMatchObject({
        role: Role.Contact,
        municipalityId: null,
      });
      expect(await fieldsOf(w.service.updateUser(admin, consultant.id, { role: Role.Consultant }))).toEqual([
        'municipalityId',
      ]);
    });

    it('keeps everything inside the admin’s region: another region’s user does not exist (404)', async () => {
      const w = administrationWorld();
      const admin = w.addUser(Role.Admin);
      const elsewhere = w.addUser(Role.Contact, { regionId: OTHER_REGION });
      const attempts = [
        () => w.service.updateUser(admin, elsewhere.id, { name: 'Nyt navn' }),
        () => w.service.sendPasswordReset(admin, elsewhere.id),
        () => w.service.resetMfa(admin, elsewhere.id),
        () => w.service.deactivateUser(admin, elsewhere.id),
      ];
      for (const attempt of attempts) expect((await refusal(attempt())).code).toBe(ErrorCode.NotFound);
      expect(w.repository.users.get(elsewhere.id)).toMatchObject({ name: elsewhere.name, active: true });
      expect(w.links).toEqual([]);
      expect(w.revoked).toEqual([]);
      expect(w.mfaRemoved).toEqual([]);
      expect(w.audit).toEqual([]);

      const listed = await w.service.listUsers(admin, {});
      expect(listed.items.map((u) => u.id)).toEqual([admin.id]);
    });

    it('ends the sessions of a user whose role, municipality or e-mail changes, and audits the changed fields', async () => {
      const w = administrationWorld();
      const admin = w.addUser(Role.Admin);
      const karl = w.addUser(Role.Contact);
      await w.service.updateUser(admin, karl.id, { name: 'Karl Kontakt', profession: 'Psykiater' });
      expect(w.revoked).toEqual([]);
      await w.service.updateUser(admin, karl.id, { email: 'karl@region.dk' });
      expect(w.revoked).toEqual([{ userId: karl.id, reason: 'changed_by_admin', at: w.clock.now() }]);
      expect(w.audit.map((entry) => entry.details)).toEqual([
        { fields: 'name,profession' },
        { fields: 'email' },
      ]);
      // Nothing changed: nothing audited.
      await w.service.updateUser(admin, karl.id, { name: 'Karl Kontakt' });
      expect(w.audit).toHaveLength(2);
    });

    it('never lets an admin remove their own admin access, deactivate themselves or reset their own MFA', async () => {
      const w = administrationWorld();
      const admin = w.addUser(Role.Admin);
      for (const attempt of [
        () => w.service.updateUser(admin, admin.id, { role: Role.Contact }),
        () => w.service.updateUser(admin, admin.id, { active: false }),
        () => w.service.deactivateUser(admin, admin.id),
        () => w.service.resetMfa(admin, admin.id),
      ])
        expect((await refusal(attempt())).code).toBe(ErrorCode.Conflict);
      expect(w.repository.users.get(admin.id)).toMatchObject({ role: Role.Admin, active: true });
    });

    it('deactivates a user once, ending their sessions; a reset link is for active users only', async () => {
      const w = administrationWorld();
      const admin = w.addUser(Role.Admin);
      const karl = w.addUser(Role.Contact);
      await w.service.sendPasswordReset(admin, karl.id);
      expect(w.links).toEqual([{ userId: karl.id, purpose: 'password_reset', byId: admin.id }]);

      expect((await w.service.deactivateUser(admin, karl.id)).active).toBe(false);
      expect((await w.service.deactivateUser(admin, karl.id)).active).toBe(false);
      expect(w.revoked).toEqual([{ userId: karl.id, reason: 'deactivated', at: w.clock.now() }]);
      expect(w.audit.map((entry) => entry.action)).toEqual([
        AuditAction.PasswordResetSent,
        AuditAction.UserDeactivated,
      ]);
      expect((await refusal(w.service.sendPasswordReset(admin, karl.id))).code).toBe(ErrorCode.Conflict);
    });

    it('resets another user’s MFA and ends their sessions', async () => {
      const w = administrationWorld();
      const admin = w.addUser(Role.Admin);
      const other = w.addUser(Role.Admin);
      await w.service.resetMfa(admin, other.id);
      expect(w.mfaRemoved).toEqual([other.id]);
      expect(w.revoked).toEqual([{ userId: other.id, reason: 'mfa_reset', at: w.clock.now() }]);
      expect(w.audit).toEqual([expect.objectContaining({ action: AuditAction.MfaReset })]);
    });

    it('pages the region’s users by name with a cursor', async () => {
      const w = administrationWorld();
      const admin = w.addUser(Role.Admin, { name: 'Ada' });
      w.addUser(Role.Contact, { name: 'Bo' });
      w.addUser(Role.Contact, { name: 'Cille' });
      const first = await w.service.listUsers(admin, { limit: 2 });
      expect(first.items.map((u) => u.name)).toEqual(['Ada', 'Bo']);
      const second = await w.service.listUsers(admin, { limit: 2, cursor: first.nextCursor! });
      expect(second).toMatchObject({ items: [expect.objectContaining({ name: 'Cille' })], nextCursor: null });
      expect(await fieldsOf(w.service.listUsers(admin, { cursor: 'ikke-en-cursor' }))).toEqual(['cursor']);
    });
  });

  describe('municipalities', () => {
    it('assigns an active contact and a different deputy of the region, and audits the previous ones', async () => {
      const w = administrationWorld();
      const admin = w.addUser(Role.Admin);
      const odder = w.addMunicipality();
      const karl = w.addUser(Role.Contact);
      const lise = w.addUser(Role.Contact);
      await w.service.assignContact(admin, odder.id, { contactId: karl.id });
      const view = await w.service.assignContact(admin, odder.id, {
        contactId: lise.id,
        deputyContactId: karl.id,
      });
      expect(view).toMatchObject({ contactId: lise.id, deputyContactId: karl.id });
      expect(w.audit.at(-1)).toMatchObject({
        action: AuditAction.ContactAssigned,
        subject: { type: 'municipality', id: odder.id },
        details: {
          contactId: lise.id,
          deputyContactId: karl.id,
          previousContactId: karl.id,
          previousDeputyContactId: null,
        },
      });
    });

    it('refuses a deputy equal to the contact, and anyone but an active contact of the region', async () => {
      const w = administrationWorld();
      const admin = w.addUser(Role.Admin);
      const odder = w.addMunicipality();
      const karl = w.addUser(Role.Contact);
      expect(
        await fieldsOf(
          w.service.assignContact(admin, odder.id, { contactId: karl.id, deputyContactId: karl.id }),
        ),
      ).toEqual(['deputyContactId']);
      const notContacts = [
        w.addUser(Role.Contact, { active: false }),
        w.addUser(Role.Contact, { regionId: OTHER_REGION }),
        w.addUser(Role.Consultant, { municipalityId: odder.id }),
        w.addUser(Role.Admin),
      ];
      for (const person of notContacts) {
        expect(await fieldsOf(w.service.assignContact(admin, odder.id, { contactId: person.id }))).toEqual([
          'contactId',
        ]);
        expect(
          await fieldsOf(
            w.service.assignContact(admin, odder.id, { contactId: karl.id, deputyContactId: person.id }),
          ),
        ).toEqual(['deputyContactId']);
      }
      expect(w.repository.municipalities.get(odder.id)).toMatchObject({
        contactId: null,
        deputyContactId: null,
      });
      expect(w.audit).toEqual([]);
    });

    it('updates the population of 0–17-year-olds, audits the previous figure, and hides other regions', async () => {
      const w = administrationWorld();
      const admin = w.addUser(Role.Admin);
      const odder = w.addMunicipality();
      expect(await w.service.updateMunicipality(admin, odder.id, { population0to17: 4200 })).toMatchObject({
        population0to17: 4200,
      });
      await w.service.updateMunicipality(admin, odder.id, { population0to17: null });
      expect(w.audit.map((entry) => entry.details)).toEqual([
        { population0to17: 4200, previous: null },
        { population0to17: null, previous: 4200 },
      ]);

      const elsewhere = w.addMunicipality(OTHER_REGION);
      const karl = w.addUser(Role.Contact);
      for (const attempt of [
        () => w.service.updateMunicipality(admin, elsewhere.id, { population0to17: 1 }),
        () => w.service.assignContact(admin, elsewhere.id, { contactId: karl.id }),
      ])
        expect((await refusal(attempt())).code).toBe(ErrorCode.NotFound);
      expect(w.repository.municipalities.get(elsewhere.id)).toMatchObject({
        population0to17: null,
        contactId: null,
      });
    });
  });
});
