export { Cluster } from './entities/cluster.entity';
export { Department } from './entities/department.entity';
export { Municipality } from './entities/municipality.entity';
export { MunicipalityResponse } from './dto/municipality.response';
export { Region } from './entities/region.entity';
export { Role, User } from './entities/user.entity';
export { OrganisationsModule } from './organisations.module';
export { OrganisationsService } from './organisations.service';
export { UsersRepository } from './users.repository';
