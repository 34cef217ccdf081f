import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { Role } from '@app/organisations';
import { AuthUser } from './auth-user';

export const IS_PUBLIC = 'auth:public';
export const ROLES = 'auth:roles';
export const WITHOUT_MFA = 'auth:without-mfa';

/** The route needs no bearer token. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/**
 * The route works in a session that still owes the second factor its role requires (an admin who
 * has not enrolled yet): who am I, enrolment, sign-out.
 */
export const AllowWithoutMfa = () => SetMetadata(WITHOUT_MFA, true);

/** Only these roles may call the route (403 FORBIDDEN otherwise). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

/** The authenticated caller, resolved from the database by the AuthGuard. */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthUser =>
    context.switchToHttp().getRequest<{ user: AuthUser }>().user,
);

/** The id of the caller's session (from the access token), e.g. to end it. */
export const CurrentSession = createParamDecorator(
  (_data: unknown, context: ExecutionContext): string =>
    context.switchToHttp().getRequest<{ sessionId: string }>().sessionId,
);

/** How the caller's session was signed in (set by the AuthGuard). */
export interface SignInFacts {
  method: string;
  amr: string[];
  mfa: boolean;
  /** False only for a session that still owes its role's second factor. */
  mfaSatisfied: boolean;
}

export const CurrentSignIn = createParamDecorator(
  (_data: unknown, context: ExecutionContext): SignInFacts =>
    context.switchToHttp().getRequest<{ signIn: SignInFacts }>().signIn,
);
