import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { SlotSeries } from './entities/slot-series.entity';

/** Plain data access for slot series; no rules. */
@Injectable()
export class SlotSeriesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Newest first: one contact's series, or those of every contact of a region. */
  list(owner: { contactId: string } | { regionId: string }): Promise<SlotSeries[]> {
    const query = this.dataSource
      .getRepository(SlotSeries)
      .createQueryBuilder('series')
      .orderBy('series.createdAt', 'DESC');
    if ('contactId' in owner) query.where('series.contactId = :id', { id: owner.contactId });
    else
      query
        .innerJoin('series.contact', 'contact')
        .where('contact.regionId = :regionId', { regionId: owner.regionId });
    return query.getMany();
  }

  /** Which of the municipalities the contact still serves (primary or deputy). */
  async servedBy(manager: EntityManager, municipalityIds: string[], contactId: string): Promise<string[]> {
    const served: { id: string }[] = await manager.query(
      `SELECT id FROM municipalities WHERE id = ANY($1::uuid[]) AND (contact_id = $2 OR deputy_contact_id = $2)`,
      [municipalityIds, contactId],
    );
    return served.map((row) => row.id);
  }
}
