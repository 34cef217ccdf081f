import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditAction, AuditService } from '@app/audit';
import { AccountLinksService, AuthUser, MfaService, SessionsRepository } from '@app/auth';
import {
  Clock,
  DomainException,
  ErrorCode,
  NotFoundException,
  Page,
  pageCursor,
  ValidationFailedException,
} from '@app/common';
import { isUniqueViolation } from '@app/database';
import { Role, User } from '@app/organisations';
import { AdministrationRepository } from './administration.repository';
import { AssignContactDto } from './dto/assign-contact.dto';
import { CreateUserDto } from './dto/create-user.dto';
import { DEFAULT_USER_PAGE, ListUsersQuery } from './dto/list-users.query';
import { UpdateMunicipalityDto } from './dto/update-municipality.dto';
import { UpdateUserDto } from './dto/update-user.dto';
import { MunicipalityView, toMunicipalityView } from './municipality.view';
import { toUserView, UserView } from './user.view';

/**
 * The regional administrator's work on users and municipalities. Everything stays inside the admin's
 * region (anything else is 404), and every change is audited in the same transaction.
 */
@Injectable()
export class AdministrationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: AdministrationRepository,
    private readonly links: AccountLinksService,
    private readonly mfa: MfaService,
    private readonly sessions: SessionsRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Creates the user without a password and mails them an invitation to choose one. */
  async createUser(admin: AuthUser, dto: CreateUserDto): Promise<UserView> {
    return this.write(async (manager) => {
      const municipalityId = dto.municipalityId ?? null;
      await this.assertRoleAndMunicipality(manager, admin, dto.role, municipalityId);
      const user = await this.repository.insertUser(manager, {
        email: dto.email,
        name: dto.name,
        role: dto.role,
        regionId: admin.regionId,
        municipalityId,
        profession: dto.profession ?? null,
        passwordHash: null,
        active: true,
      });
      await this.record(manager, admin, AuditAction.UserCreated, user.id, { role: user.role });
      const linkId = await this.links.invite(manager, user.id, admin.id);
      if (linkId) await this.record(manager, admin, AuditAction.UserInvited, user.id, { linkId });
      return toUserView(user);
    });
  }

  /** One page of the region's users by name; the next page's cursor holds the last (name, id). */
  async listUsers(admin: AuthUser, query: ListUsersQuery): Promise<Page<UserView>> {
    const limit = query.limit ?? DEFAULT_USER_PAGE;
    const after = query.cursor ? decodeUserCursor(query.cursor) : undefined;
    const users = await this.repository.listUsers(
      this.dataSource.manager,
      admin.regionId,
      { role: query.role, municipalityId: query.municipalityId, q: query.q || undefined },
      { limit: limit + 1, after },
    );
    const items = users.slice(0, limit);
    const last = items[items.length - 1];
    const nextCursor = users.length > limit && last ? pageCursor.encode({ n: last.name, i: last.id }) : null;
    return { items: items.map(toUserView), nextCursor };
  }

  async updateUser(admin: AuthUser, id: string, dto: UpdateUserDto): Promise<UserView> {
    return this.write(async (manager) => {
      const current = await this.repository.findUser(manager, admin.regionId, id, true);
      if (!current) throw new NotFoundException('User');
      const role = dto.role ?? current.role;
      const municipalityId =
        dto.municipalityId !== undefined
          ? dto.municipalityId
          : role === Role.Consultant
            ? current.municipalityId
            : null;
      await this.assertRoleAndMunicipality(manager, admin, role, municipalityId);
      if (current.id === admin.id && (role !== Role.Admin || dto.active === false)) {
        throw new DomainException(ErrorCode.Conflict, 'Du kan ikke fjerne din egen administratoradgang.');
      }
      const changes: Partial<User> = {};
      if (dto.email !== undefined && dto.email !== current.email) changes.email = dto.email;
      if (dto.name !== undefined && dto.name !== current.name) changes.name = dto.name;
      if (role !== current.role) changes.role = role;
      if (municipalityId !== current.municipalityId) changes.municipalityId = municipalityId;
      if (dto.profession !== undefined && dto.profession !== current.profession)
        changes.profession = dto.profession;
      if (dto.active !== undefined && dto.active !== current.active) changes.active = dto.active;
      const user = await this.repository.updateUser(manager, id, changes);
      // A new role, municipality or e-mail changes what the person may see: end their sessions.
      if (changes.role || 'municipalityId' in changes || changes.email) {
        await this.sessions.revokeAllOfUser(manager, id, 'changed_by_admin', this.clock.now());
      }
      if (Object.keys(changes).length > 0) {
        await this.record(manager, admin, AuditAction.UserUpdated, id, {
          fields: Object.keys(changes).sort().join(','),
        });
      }
      return toUserView(user);
    });
  }

  /**
   * Mails the user a one-time link to choose a new password. The admin neither sees nor sets it; the
   * current password keeps working until the link is used.
   */
  async sendPasswordReset(admin: AuthUser, id: string): Promise<void> {
    await this.write(async (manager) => {
      const user = await this.repository.findUser(manager, admin.regionId, id, true);
      if (!user) throw new NotFoundException('User');
      if (!user.active) throw new DomainException(ErrorCode.Conflict, 'Brugeren er deaktiveret.');
      const linkId = await this.links.issue(manager, user.id, 'password_reset', admin.id);
      await this.record(manager, admin, AuditAction.PasswordResetSent, user.id, { linkId });
    });
  }

  /**
   * Removes a user's authenticator and recovery codes (a lost phone) and ends their sessions; they
   * enrol again at their next sign-in (admins must).
   */
  async resetMfa(admin: AuthUser, id: string): Promise<void> {
    await this.write(async (manager) => {
      const user = await this.repository.findUser(manager, admin.regionId, id, true);
      if (!user) throw new NotFoundException('User');
      if (user.id === admin.id)
        throw new DomainException(ErrorCode.Conflict, 'Du kan ikke nulstille din egen totrinsbekræftelse.');
      const removed = await this.mfa.remove(manager, user.id);
      await this.sessions.revokeAllOfUser(manager, user.id, 'mfa_reset', this.clock.now());
      await this.record(manager, admin, AuditAction.MfaReset, user.id, { removed: String(removed) });
    });
  }

  async deactivateUser(admin: AuthUser, id: string): Promise<UserView> {
    return this.write(async (manager) => {
      const current = await this.repository.findUser(manager, admin.regionId, id, true);
      if (!current) throw new NotFoundException('User');
      if (current.id === admin.id) {
        throw new DomainException(ErrorCode.Conflict, 'Du kan ikke deaktivere din egen konto.');
      }
      if (!current.active) return toUserView(current);
      const user = await this.repository.updateUser(manager, id, { active: false });
      await this.sessions.revokeAllOfUser(manager, id, 'deactivated', this.clock.now());
      await this.record(manager, admin, AuditAction.UserDeactivated, id, { role: user.role });
      return toUserView(user);
    });
  }

  /** Sets the fixed contact (and deputy); existing bookings stay where they are. */
  async assignContact(
    admin: AuthUser,
    municipalityId: string,
    dto: AssignContactDto,
  ): Promise<MunicipalityView> {
    return this.write(async (manager) => {
      const municipality = await this.lockMunicipality(manager, admin, municipalityId);
      const deputyContactId = dto.deputyContactId ?? null;
      if (deputyContactId === dto.contactId) {
        throw new ValidationFailedException([
          { field: 'deputyContactId', message: 'Stedfortræderen skal være en anden end kontaktpersonen.' },
        ]);
      }
      await this.assertActiveContact(manager, admin, dto.contactId, 'contactId');
      if (deputyContactId) await this.assertActiveContact(manager, admin, deputyContactId, 'deputyContactId');
      const updated = await this.repository.updateMunicipality(manager, municipality.id, {
        contactId: dto.contactId,
        deputyContactId,
      });
      await this.audit.record(
        {
          action: AuditAction.ContactAssigned,
          actor: actorOf(admin),
          subject: { type: 'municipality', id: municipality.id },
          details: {
            contactId: dto.contactId,
            deputyContactId,
            previousContactId: municipality.contactId,
            previousDeputyContactId: municipality.deputyContactId,
          },
        },
        manager,
      );
      return toMunicipalityView(updated);
    });
  }

  async updateMunicipality(
    admin: AuthUser,
    municipalityId: string,
    dto: UpdateMunicipalityDto,
  ): Promise<MunicipalityView> {
    return this.write(async (manager) => {
      const municipality = await this.lockMunicipality(manager, admin, municipalityId);
      const population0to17 = dto.population0to17 ?? null;
      const updated = await this.repository.updateMunicipality(manager, municipality.id, { population0to17 });
      await this.audit.record(
        {
          action: AuditAction.PopulationUpdated,
          actor: actorOf(admin),
          subject: { type: 'municipality', id: municipality.id },
          details: { population0to17, previous: municipality.population0to17 },
        },
        manager,
      );
      return toMunicipalityView(updated);
    });
  }

  /** The admin's region's municipality, locked for the change; 404 outside the region. */
  private async lockMunicipality(manager: EntityManager, admin: AuthUser, id: string) {
    const municipality = await this.repository.findMunicipality(manager, admin.regionId, id, true);
    if (!municipality) throw new NotFoundException('Municipality');
    return municipality;
  }

  private async write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      if (isUniqueViolation(error)) {
        // As a field error too, so the form marks the e-mail field with it.
        const message = 'Der findes allerede en bruger med denne e-mailadresse.';
        throw new DomainException(ErrorCode.Conflict, message, { errors: [{ field: 'email', message }] });
      }
      throw error;
    }
  }

  private async assertRoleAndMunicipality(
    manager: EntityManager,
    admin: AuthUser,
    role: Role,
    municipalityId: string | null,
  ): Promise<void> {
    if (role === Role.Consultant && !municipalityId) {
      throw new ValidationFailedException([
        { field: 'municipalityId', message: 'Vælg kommunen: en kommunal medarbejder hører til én kommune.' },
      ]);
    }
    if (role !== Role.Consultant && municipalityId) {
      throw new ValidationFailedException([
        { field: 'municipalityId', message: 'Kun kommunale medarbejdere hører til en kommune.' },
      ]);
    }
    if (
      municipalityId &&
      !(await this.repository.findMunicipality(manager, admin.regionId, municipalityId))
    ) {
      throw new ValidationFailedException([
        { field: 'municipalityId', message: 'Kommunen findes ikke i din region.' },
      ]);
    }
  }

  private async assertActiveContact(
    manager: EntityManager,
    admin: AuthUser,
    userId: string,
    field: string,
  ): Promise<void> {
    const user = await this.repository.findUser(manager, admin.regionId, userId);
    if (!user || !user.active || user.role !== Role.Contact) {
      throw new ValidationFailedException([
        {
          field,
          message: `${field === 'deputyContactId' ? 'Stedfortræderen' : 'Kontaktpersonen'} skal være en aktiv kontaktperson i din region.`,
        },
      ]);
    }
  }

  private record(
    manager: EntityManager,
    admin: AuthUser,
    action: AuditAction,
    userId: string,
    details: Record<string, string>,
  ): Promise<void> {
    return this.audit.record(
      { action, actor: actorOf(admin), subject: { type: 'user', id: userId }, details },
      manager,
    );
  }
}

const actorOf = (user: AuthUser) => ({ id: user.id, role: user.role, regionId: user.regionId });

function decodeUserCursor(cursor: string): { name: string; id: string } {
  const fields = pageCursor.decode(cursor, ['n', 'i']);
  // A name as the database holds it: text without NUL (PostgreSQL refuses it) and of a name's length.
  // eslint-disable-next-line no-control-regex
  if (typeof fields.n !== 'string' || fields.n.length > 200 || /\u0000/.test(fields.n)) pageCursor.id(null); // the Danish 400
  return { name: fields.n as string, id: pageCursor.id(fields.i) };
}
