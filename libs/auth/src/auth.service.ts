import { Injectable, OnModuleInit } from '@nestjs/common';
import { AuditAction, AuditService } from '@app/audit';
import { DomainException, ErrorCode } from '@app/common';
import { UsersRepository } from '@app/organisations';
import { AuthUser, toAuthUser } from './auth-user';
import { DUMMY_HASH_INPUT, PasswordService } from './password.service';
import { TokenService } from './token.service';

export interface LoginResult {
  accessToken: string;
  expiresIn: number;
  user: AuthUser;
}

@Injectable()
export class AuthService implements OnModuleInit {
  private dummyHash = '';

  constructor(
    private readonly users: UsersRepository,
    private readonly passwords: PasswordService,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
  ) {}

  async onModuleInit(): Promise<void> {
    this.dummyHash = await this.passwords.hash(DUMMY_HASH_INPUT);
  }

  async login(email: string, password: string): Promise<LoginResult> {
    const user = await this.users.findByEmailWithPassword(email);
    const valid = await this.passwords.verify(user?.passwordHash ?? this.dummyHash, password);
    if (!user || !user.passwordHash || !valid || !user.active) {
      await this.audit.record({
        action: AuditAction.LoginFailed,
        subject: user ? { type: 'user', id: user.id } : null,
        regionId: user?.regionId ?? null,
        details: {
          email: email.trim().toLowerCase().slice(0, 254),
          reason: !user ? 'unknown_user' : !user.active ? 'deactivated' : 'wrong_password',
        },
      });
      throw new DomainException(
        ErrorCode.Unauthenticated,
        'Wrong e-mail or password, or the account is deactivated',
      );
    }
    await this.audit.record({
      action: AuditAction.LoginSucceeded,
      actor: { id: user.id, role: user.role, regionId: user.regionId },
    });
    return {
      accessToken: await this.tokens.signAccessToken(user.id),
      expiresIn: this.tokens.accessTokenTtlSeconds,
      user: toAuthUser(user),
    };
  }

  /** Resolves a bearer token to the current user record; null when the token or the user is not valid. */
  async authenticate(token: string): Promise<AuthUser | null> {
    const userId = await this.tokens.verifyAccessToken(token);
    if (!userId) return null;
    const user = await this.users.findById(userId);
    return user?.active ? toAuthUser(user) : null;
  }
}
