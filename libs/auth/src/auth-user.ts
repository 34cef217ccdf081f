import { Role, User } from '@app/organisations';

/** The signed-in caller as the platform's own records describe them (never the token's claims). */
export interface AuthUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  regionId: string;
  municipalityId: string | null;
  profession: string | null;
}

export const toAuthUser = (user: User): AuthUser => ({
  id: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
  regionId: user.regionId,
  municipalityId: user.municipalityId,
  profession: user.profession,
});
