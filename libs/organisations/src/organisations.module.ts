import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Cluster } from './entities/cluster.entity';
import { Department } from './entities/department.entity';
import { Municipality } from './entities/municipality.entity';
import { Region } from './entities/region.entity';
import { User } from './entities/user.entity';
import { OrganisationsService } from './organisations.service';
import { UsersRepository } from './users.repository';

@Module({
  imports: [TypeOrmModule.forFeature([Region, Cluster, Department, Municipality, User])],
  providers: [OrganisationsService, UsersRepository],
  exports: [OrganisationsService, UsersRepository],
})
export class OrganisationsModule {}
