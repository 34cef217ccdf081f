import { Role, User } from '@app/organisations';

/** A user as the administration sees them — never the password hash. */
export interface UserView {
  id: string;
  email: string;
  name: string;
  role: Role;
  municipalityId: string | null;
  profession: string | null;
  active: boolean;
}

export const toUserView = (user: User): UserView => ({
  id: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
  municipalityId: user.municipalityId,
  profession: user.profession,
  active: user.active,
});
