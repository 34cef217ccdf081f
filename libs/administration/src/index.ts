export { AdministrationModule } from './administration.module';
export { AdministrationService } from './administration.service';
export { AssignContactDto } from './dto/assign-contact.dto';
export { CreateUserDto } from './dto/create-user.dto';
export { ListUsersQuery } from './dto/list-users.query';
export { UpdateMunicipalityDto } from './dto/update-municipality.dto';
export { UpdateUserDto } from './dto/update-user.dto';
export type { MunicipalityView } from './municipality.view';
export type { UserView } from './user.view';
