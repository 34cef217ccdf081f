import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AppConfig } from '@app/config';
import { ContentCipher } from '@app/crypto';
import { PasswordService } from '@app/auth';
import { Cluster, Department, Municipality, Region, Role, User } from '@app/organisations';
import {
  CaseSummaryDeadline,
  localDateOf,
  SessionKind,
  SlotMaterialiser,
  SlotSeries,
  SlotSeriesRepository,
  SlotsRepository,
} from '@app/scheduling';
import {
  DEMO_ACCOUNTS,
  DEMO_CLUSTERS,
  DEMO_DEPARTMENT,
  DEMO_POPULATIONS,
  DEMO_REGION,
  DEMO_SERIES,
} from './demo-organisation';
import { generateHistory } from './demo-history';
import { DemoHistoryRepository } from './demo-history.repository';

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
  const materialiser = new SlotMaterialiser(
    config,
    new SlotSeriesRepository(dataSource),
    new SlotsRepository(dataSource),
  );
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
    const clusterOf = new Map<string, string>();
    for (const cluster of DEMO_CLUSTERS) {
      const savedCluster = await ensure(Cluster, { regionId: region.id, name: cluster.name }, {});
      for (const m of cluster.municipalities) {
        clusterOf.set(m.code, cluster.name);
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

    // The history: every municipality needs a contact, a consultant and its child population.
    const history = new DemoHistoryRepository(manager);
    if (await history.hasHistory()) return { created, slotsCreated, historyBookings: 0 };
    const clusterContacts = new Map<string, string>();
    for (const m of municipalities.values()) {
      const fresh = await manager.findOneByOrFail(Municipality, { id: m.id });
      if (fresh.contactId) clusterContacts.set(clusterOf.get(fresh.code)!, fresh.contactId);
    }
    const historyMunicipalities = [];
    for (const [code, m] of municipalities) {
      const cluster = clusterOf.get(code)!;
      if (!clusterContacts.has(cluster)) {
        const slug = slugOf(cluster);
        const contact = await ensure(
          User,
          { email: `kontakt.${slug}@sparring.test` },
          {
            name: `Kontakt ${cluster.split(' ')[0]}`,
            role: Role.Contact,
            regionId: region.id,
            profession: 'Børne- og ungdomspsykiater',
            municipalityId: null,
            departmentId: department.id,
            passwordHash,
            active: true,
          },
        );
        clusterContacts.set(cluster, contact.id);
      }
      await manager.update(
        Municipality,
        { id: m.id, contactId: IsNull() },
        { contactId: clusterContacts.get(cluster)! },
      );
      await manager.update(
        Municipality,
        { id: m.id, population0to17: IsNull() },
        { population0to17: DEMO_POPULATIONS[code] ?? 5_000 },
      );
      const fresh = await manager.findOneByOrFail(Municipality, { id: m.id });
      const existing = DEMO_ACCOUNTS.find((a) => a.role === 'consultant' && a.municipalityCode === code);
      const consultant = existing
        ? users.get(existing.email)!
        : await ensure(
            User,
            { email: `ppr.${slugOf(m.name)}@sparring.test` },
            {
              name: `PPR ${m.name}`,
              role: Role.Consultant,
              regionId: region.id,
              profession: 'PPR-psykolog',
              municipalityId: m.id,
              departmentId: null,
              passwordHash,
              active: true,
            },
          );
      historyMunicipalities.push({
        id: m.id,
        code,
        population0to17: fresh.population0to17 ?? 5_000,
        contactId: fresh.contactId!,
        consultantId: consultant.id,
      });
    }
    const deadline = new CaseSummaryDeadline(config);
    const { slots, bookings } = generateHistory({
      municipalities: historyMunicipalities,
      now,
      slotDurationMs: config.slotDurationMs,
      dueAt: (startsAt) => deadline.regularDueAt(startsAt),
    });
    await history.insertSlots(slots);
    const cipher = new ContentCipher(config);
    await history.insertBookings(
      bookings.map(({ question, ...booking }) => ({
        ...booking,
        questionEncrypted: cipher.encryptText(question, { bookingId: booking.id, field: 'question' }),
        questionKeyId: cipher.currentKeyId,
      })),
    );
    return { created, slotsCreated, historyBookings: bookings.length };
  });
}

function slugOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/klyngen.*$/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function materialise(
  manager: EntityManager,
  materialiser: SlotMaterialiser,
  series: SlotSeries,
  now: Date,
): Promise<number> {
  return materialiser.materialise(manager, series, now, materialiser.horizonFrom(now));
}
