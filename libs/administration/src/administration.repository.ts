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

  /**
   * One page of the region's users ordered by (name, id), after `after` when given. The search
   * matches a part of the name or e-mail; LIKE wildcards in it are taken literally.
   */
  listUsers(
    manager: EntityManager,
    regionId: string,
    filter: { role?: Role; municipalityId?: string; q?: string },
    page: { limit: number; after?: { name: string; id: string } },
  ): Promise<User[]> {
    const query = manager
      .getRepository(User)
      .createQueryBuilder('u')
      .where('u.regionId = :regionId', { regionId })
      .orderBy('u.name', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .take(page.limit);
    if (filter.role) query.andWhere('u.role = :role', { role: filter.role });
    if (filter.municipalityId)
      query.andWhere('u.municipalityId = :municipalityId', { municipalityId: filter.municipalityId });
    if (filter.q) {
      const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere('(u.name ILIKE :pattern OR u.email ILIKE :pattern)', { pattern });
    }
    if (page.after)
      query.andWhere('(u.name, u.id) > (:afterName, :afterId)', {
        afterName: page.after.name,
        afterId: page.after.id,
      });
    return query.getMany();
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
