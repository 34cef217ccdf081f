import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Municipality, Role, User } from '@app/organisations';

/** Plain data access for the administration of users and municipalities, always within a region. */
@Injectable()
export class AdministrationRepository {
  findUser(manager: EntityManager, regionId: string, id: string, lock = false): Promise<User | null> {
    return manager.getRepository(User).findOne({
      where: { id, regionId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  listUsers(
    manager: EntityManager,
    regionId: string,
    filter: { role?: Role; municipalityId?: string },
  ): Promise<User[]> {
    return manager.getRepository(User).find({
      where: {
        regionId,
        ...(filter.role ? { role: filter.role } : {}),
        ...(filter.municipalityId ? { municipalityId: filter.municipalityId } : {}),
      },
      order: { name: 'ASC' },
      take: 5000,
    });
  }

  async insertUser(manager: EntityManager, values: Partial<User>): Promise<User> {
    const saved = await manager.getRepository(User).save(manager.getRepository(User).create(values));
    return await manager.getRepository(User).findOneByOrFail({ id: saved.id });
  }

  async updateUser(manager: EntityManager, id: string, values: Partial<User>): Promise<User> {
    if (Object.keys(values).length > 0) await manager.getRepository(User).update({ id }, values);
    return manager.getRepository(User).findOneByOrFail({ id });
  }

  findMunicipality(
    manager: EntityManager,
    regionId: string,
    id: string,
    lock = false,
  ): Promise<Municipality | null> {
    return manager.getRepository(Municipality).findOne({
      where: { id, regionId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  async updateMunicipality(
    manager: EntityManager,
    id: string,
    values: Partial<Municipality>,
  ): Promise<Municipality> {
    await manager.getRepository(Municipality).update({ id }, values);
    return manager.getRepository(Municipality).findOneByOrFail({ id });
  }
}
