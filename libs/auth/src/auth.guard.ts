import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainException, ErrorCode } from '@app/common';
import { Role } from '@app/organisations';
import { AuthUser } from './auth-user';
import { AuthService } from './auth.service';
import { IS_PUBLIC, ROLES, SignInFacts, WITHOUT_MFA } from './decorators';

interface RequestWithUser {
  headers: Record<string, string | string[] | undefined>;
  user?: AuthUser;
  sessionId?: string;
  signIn?: SignInFacts;
}

/**
 * Global guard: every route needs a valid bearer token unless marked @Public(); a session that owes
 * its role's second factor reaches only @AllowWithoutMfa() routes; @Roles() narrows further.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context.switchToHttp().getRequest<RequestWithUser>();
    const header = request.headers.authorization;
    const token = typeof header === 'string' && /^Bearer /i.test(header) ? header.slice(7).trim() : null;
    const authenticated = token ? await this.auth.authenticate(token) : null;
    if (!authenticated)
      throw new DomainException(ErrorCode.Unauthenticated, 'A valid bearer token is required');
    const { user } = authenticated;
    request.user = user;
    request.sessionId = authenticated.sessionId;
    request.signIn = { ...authenticated.session, mfaSatisfied: authenticated.mfaSatisfied };

    if (!authenticated.mfaSatisfied && !this.reflector.getAllAndOverride<boolean>(WITHOUT_MFA, targets)) {
      throw new DomainException(
        ErrorCode.Forbidden,
        'Administratorer skal slå totrinsbekræftelse til, før de kan bruge portalen. Opsæt en godkendelsesapp først.',
        { mfaEnrolmentRequired: true },
      );
    }

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(user.role)) {
      throw new DomainException(ErrorCode.Forbidden, 'Your role may not do this');
    }
    return true;
  }
}
