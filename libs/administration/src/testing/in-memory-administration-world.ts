import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { AuditRecord, AuditService } from '@app/audit';
import { AccountLinksService, MfaService, SessionsRepository } from '@app/auth';
import { FixedClock } from '@app/common';
import { UNIQUE_VIOLATION } from '@app/database';
import { Municipality, Role, User } from '@app/organisations';
import { AdministrationRepository } from '../administration.repository';
import { AdministrationService } from '../administration.service';

/** The repository's public surface, so the fake must keep up with it. */
type Surface<T> = { [K in keyof T]: T[K] };

/**
 * Users and municipalities in memory, with the repository's contract: everything within the given
 * region, users by (name, id), and the database's unique e-mail (a unique violation, as PostgreSQL
 * reports it). No transactions: a spec checks rules.
 */
export class InMemoryAdministrationRepository implements Surface<AdministrationRepository> {
  readonly users = new Map<string, User>();
  readonly municipalities = new Map<string, Municipality>();

  async findUser(_m: EntityManager, regionId: string, id: string): Promise<User | null> {
    const user = this.users.get(id);
    return user?.regionId === regionId ? { ...user } : null;
  }

  async listUsers(
    _m: EntityManager,
    regionId: string,
    filter: { role?: Role; municipalityId?: string; q?: string },
    page: { limit: number; after?: { name: string; id: string } },
  ): Promise<User[]> {
    const q = filter.q?.toLowerCase();
    const after = page.after;
    return [...this.users.values()]
      .filter(
        (u) =>
          u.regionId === regionId &&
          (!filter.role || u.role === filter.role) &&
          (!filter.municipalityId || u.municipalityId === filter.municipalityId) &&
          (!q || u.name.toLowerCase().includes(q) || u.email.toLowerCase().includes(q)) &&
          (!after || u.name > after.name || (u.name === after.name && u.id > after.id)),
      )
      .sort((a, b) => (a.name === b.name ? (a.id < b.id ? -1 : 1) : a.name < b.name ? -1 : 1))
      .slice(0, page.limit)
      .map((u) => ({ ...u }));
  }

  async insertUser(_m: EntityManager, values: Partial<User>): Promise<User> {
    this.assertEmailFree(values.email!, null);
    const now = new Date();
    const user = {
      id: randomUUID(),
      departmentId: null,
      oidcSubject: null,
      createdAt: now,
      updatedAt: now,
      ...values,
    } as User;
    this.users.set(user.id, user);
    return { ...user };
  }

  async updateUser(_m: EntityManager, id: string, values: Partial<User>): Promise<User> {
    if (values.email !== undefined) this.assertEmailFree(values.email, id);
    const user = this.users.get(id)!;
    Object.assign(user, values);
    return { ...user };
  }

  async findMunicipality(_m: EntityManager, regionId: string, id: string): Promise<Municipality | null> {
    const municipality = this.municipalities.get(id);
    return municipality?.regionId === regionId ? { ...municipality } : null;
  }

  async updateMunicipality(
    _m: EntityManager,
    id: string,
    values: Partial<Municipality>,
  ): Promise<Municipality> {
    const municipality = this.municipalities.get(id)!;
    Object.assign(municipality, values);
    return { ...municipality };
  }

  private assertEmailFree(email: string, exceptId: string | null): void {
    if ([...this.users.values()].some((u) => u.email === email && u.id !== exceptId))
      throw new QueryFailedError('INSERT INTO users …', [], {
        code: UNIQUE_VIOLATION,
        constraint: 'UQ_users_email',
      } as unknown as Error);
  }
}

export const REGION = '00000000-0000-4000-8000-0000000000ee';
export const OTHER_REGION = '00000000-0000-4000-8000-0000000000ff';

/**
 * AdministrationService with its real rules on in-memory users and municipalities and a fixed clock;
 * the invitations and reset links it asks for, the sessions it ends, the authenticators it removes
 * and what it audits are recorded.
 */
export function administrationWorld(now = new Date('2027-03-01T09:00:00Z')) {
  const clock = new FixedClock(now);
  const repository = new InMemoryAdministrationRepository();
  const audit: AuditRecord[] = [];
  const links: { userId: string; purpose: 'invitation' | 'password_reset'; byId: string }[] = [];
  const revoked: { userId: string; reason: string; at: Date }[] = [];
  const mfaRemoved: string[] = [];
  /** Whether local passwords are on: off (single sign-on only), an invitation is not sent. */
  const settings = { localLogin: true };
  const manager = {} as EntityManager;
  const dataSource = {
    manager,
    transaction: (work: (m: EntityManager) => unknown) => work(manager),
  } as unknown as DataSource;
  const accountLinks = {
    invite: async (_m: EntityManager, userId: string, adminId: string) => {
      if (!settings.localLogin) return null;
      links.push({ userId, purpose: 'invitation', byId: adminId });
      return `link-${links.length}`;
    },
    issue: async (_m: EntityManager, userId: string, purpose: 'password_reset', adminId: string) => {
      links.push({ userId, purpose, byId: adminId });
      return `link-${links.length}`;
    },
  } as unknown as AccountLinksService;
  const mfa = {
    remove: async (_m: EntityManager, userId: string) => {
      mfaRemoved.push(userId);
      return true;
    },
  } as unknown as MfaService;
  const sessions = {
    revokeAllOfUser: async (_m: EntityManager, userId: string, reason: string, at: Date) =>
      void revoked.push({ userId, reason, at }),
  } as unknown as SessionsRepository;
  const auditService = {
    record: async (entry: AuditRecord) => void audit.push(entry),
  } as unknown as AuditService;
  const service = new AdministrationService(
    dataSource,
    repository as unknown as AdministrationRepository,
    accountLinks,
    mfa,
    sessions,
    auditService,
    clock,
  );

  const addMunicipality = (regionId = REGION): Municipality => {
    const id = randomUUID();
    const municipality = {
      id,
      code: '999',
      name: `Kommune ${repository.municipalities.size + 1}`,
      regionId,
      clusterId: randomUUID(),
      population0to17: null,
      contactId: null,
      deputyContactId: null,
      createdAt: now,
      updatedAt: now,
    } as Municipality;
    repository.municipalities.set(id, municipality);
    return municipality;
  };

  const addUser = (
    role: Role,
    options: { regionId?: string; municipalityId?: string | null; active?: boolean; name?: string } = {},
  ): User => {
    const id = randomUUID();
    const user = {
      id,
      email: `${role}-${repository.users.size + 1}@example.dk`,
      name: options.name ?? `Bruger ${repository.users.size + 1}`,
      role,
      regionId: options.regionId ?? REGION,
      municipalityId: options.municipalityId ?? null,
      departmentId: null,
      profession: null,
      passwordHash: null,
      active: options.active ?? true,
      oidcSubject: null,
      createdAt: now,
      updatedAt: now,
    } as User;
    repository.users.set(id, user);
    return { ...user };
  };

  return {
    clock,
    repository,
    audit,
    links,
    revoked,
    mfaRemoved,
    settings,
    service,
    addMunicipality,
    addUser,
  };
}
