import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AppConfig } from '@app/config';
import { PasswordService } from '@app/auth';
import { Cluster, Department, Municipality, Region, Role, User } from '@app/organisations';
import { localDateOf, SessionKind, SlotMaterialiser, SlotSeries } from '@app/scheduling';
import { DEMO_ACCOUNTS, DEMO_CLUSTERS, DEMO_DEPARTMENT, DEMO_REGION, DEMO_SERIES } from './demo-organisation';

export interface SeedResult {
  created: number;
  slotsCreated: number;
  /** Past bookings of the two-year demo history created by this run. */
  historyBookings: number;
}

/**
 * Seeds Region Midtjylland, its clusters and municipalities, one BUP department, the demo accounts
 * and their weekly sparring series. Idempotent: everything is looked up by its natural key first,
 * and slots are unique per series and start.
 */
export async function seedDemoData(
  dataSource: DataSource,
  config: AppConfig,
  now = new Date(),
): Promise<SeedResult> {
  const passwordHash = await new PasswordService().hash(config.demoPassword);
  const materialiser = new SlotMaterialiser(config);
  return dataSource.transaction(async (manager) => {
    let created = 0;
    const ensure = async <T extends object>(
      entity: new () => T,
      where: Partial<T>,
      values: Partial<T>,
    ): Promise<T> => {
      const existing = await manager.findOne(entity, { where: where as never });
      if (existing) return existing;
      created += 1;
      return manager.save(
        entity,
        manager.create(entity, { ...where, ...values } as never) as never,
      ) as Promise<T>;
    };

    const region = await ensure(Region, { code: DEMO_REGION.code }, { name: DEMO_REGION.name });
    const department = await ensure(Department, { name: DEMO_DEPARTMENT }, { regionId: region.id });
    const municipalities = new Map<string, Municipality>();
    for (const cluster of DEMO_CLUSTERS) {
      const savedCluster = await ensure(Cluster, { regionId: region.id, name: cluster.name }, {});
      for (const m of cluster.municipalities) {
        municipalities.set(
          m.code,
          await ensure(
            Municipality,
            { code: m.code },
            { name: m.name, regionId: region.id, clusterId: savedCluster.id },
          ),
        );
      }
    }

    const users = new Map<string, User>();
    for (const account of DEMO_ACCOUNTS) {
      const user = await ensure(
        User,
        { email: account.email },
        {
          name: account.name,
          role: account.role as Role,
          regionId: region.id,
          profession: account.profession,
          municipalityId: account.municipalityCode ? municipalities.get(account.municipalityCode)!.id : null,
          departmentId: account.role === 'contact' ? department.id : null,
          passwordHash,
          active: true,
        },
      );
      users.set(account.email, user);
      for (const code of account.contactFor ?? []) {
        await manager.update(Municipality, { code, contactId: IsNull() }, { contactId: user.id });
      }
    }

    let slotsCreated = 0;
    const startsOn = localDateOf(now);
    for (const demo of DEMO_SERIES) {
      const contact = users.get(demo.contactEmail)!;
      const series = await ensure(
        SlotSeries,
        {
          contactId: contact.id,
          kind: SessionKind.Sparring,
          weekday: demo.weekday,
          startTime: demo.startTime,
        },
        {
          municipalityIds: demo.municipalityCodes.map((code) => municipalities.get(code)!.id),
          intervalWeeks: 1,
          startsOn,
          capacity: 1,
          videoUrl: `https://video.sparring.test/bup/${demo.contactEmail.split('@')[0]}`,
        },
      );
      slotsCreated += await materialise(manager, materialiser, series, now);
    }
    return { created, slotsCreated, historyBookings: 0 };
  });
}

function materialise(
  manager: EntityManager,
  materialiser: SlotMaterialiser,
  series: SlotSeries,
  now: Date,
): Promise<number> {
  return materialiser.materialise(manager, series, now, materialiser.horizonFrom(now));
}
