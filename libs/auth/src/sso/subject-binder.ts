import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { AuditAction, AuditService } from '@app/audit';
import { User, UsersRepository } from '@app/organisations';
import { SsoRefusal } from './sso-refusal';

export interface VerifiedIdentity {
  /** The provider-qualified subject: `<issuer or IdP entityID> <sub or persistent NameID>`. */
  subject: string;
  /** Lower-case e-mail the provider vouches for, or ''. */
  email: string;
  method: 'oidc' | 'saml';
}

/**
 * Accounts are ours: a verified identity finds the user bound to its subject, else the user with its
 * e-mail, who is then bound to the subject (once — a different subject for the same account is
 * refused afterwards). Role and municipality never come from the provider.
 */
@Injectable()
export class SubjectBinder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly usersByEmail: UsersRepository,
  ) {}

  findBound(subject: string): Promise<User | null> {
    return this.dataSource.getRepository(User).findOne({ where: { oidcSubject: subject } });
  }

  async resolve(identity: VerifiedIdentity): Promise<User> {
    const users = this.dataSource.getRepository(User);
    const bound = await users.findOne({ where: { oidcSubject: identity.subject } });
    if (bound) {
      if (!bound.active) throw new SsoRefusal('deactivated', bound);
      return bound;
    }
    const email = identity.email;
    if (!email) throw new SsoRefusal('no_email');
    const user = await this.usersByEmail.findByEmailIgnoringCase(email);
    if (!user) throw new SsoRefusal('unknown_user', null, email);
    if (!user.active) throw new SsoRefusal('deactivated', user, email);
    if (user.oidcSubject !== null) throw new SsoRefusal('subject_mismatch', user, email);
    const bind = await users.update(
      { id: user.id, oidcSubject: IsNull() },
      { oidcSubject: identity.subject },
    );
    if (!bind.affected) throw new SsoRefusal('subject_mismatch', user, email);
    await this.audit.record({
      action: AuditAction.UserUpdated,
      actor: { id: user.id, role: user.role, regionId: user.regionId },
      subject: { type: 'user', id: user.id },
      details: { oidcSubjectBound: true, method: identity.method },
    });
    return { ...user, oidcSubject: identity.subject };
  }
}
