import type { User } from '@app/organisations';

/** Why a single sign-on was refused; goes to the audit log as `details.reason`, never to the browser. */
export class SsoRefusal extends Error {
  constructor(
    readonly reason: string,
    readonly user: User | null = null,
    readonly email: string | null = null,
  ) {
    super(reason);
  }
}
