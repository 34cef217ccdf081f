import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/** The people and municipalities slot ownership rules look at; plain data access, no rules. */
@Injectable()
export class SlotOwnerRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Whether the user is an active contact of the region (and not `exceptId`, when given). */
  async isActiveContactInRegion(contactId: string, regionId: string, exceptId?: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM users WHERE id = $1 AND role = 'contact' AND active AND region_id = $2
         AND ($3::uuid IS NULL OR id <> $3::uuid)`,
      [contactId, regionId, exceptId ?? null],
    );
    return rows.length > 0;
  }

  /** The listed municipalities of the region, each with whether the contact serves it (primary or deputy). */
  municipalitiesServedBy(
    municipalityIds: string[],
    regionId: string,
    contactId: string,
  ): Promise<{ id: string; served: boolean }[]> {
    return this.dataSource.query(
      `SELECT id, (contact_id = $3 OR deputy_contact_id = $3) AS served
         FROM municipalities WHERE id = ANY($1::uuid[]) AND region_id = $2`,
      [municipalityIds, regionId, contactId],
    );
  }

  async isUserInRegion(manager: EntityManager, userId: string, regionId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM users WHERE id = $1 AND region_id = $2`, [
      userId,
      regionId,
    ]);
    return rows.length > 0;
  }
}
