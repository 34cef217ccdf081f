import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Cluster } from './entities/cluster.entity';
import { Municipality } from './entities/municipality.entity';
import { Region } from './entities/region.entity';

/** Reads the organisation tree: regions, clusters, municipalities. */
@Injectable()
export class OrganisationsService {
  constructor(
    @InjectRepository(Region) private readonly regions: Repository<Region>,
    @InjectRepository(Cluster) private readonly clusters: Repository<Cluster>,
    @InjectRepository(Municipality) private readonly municipalities: Repository<Municipality>,
  ) {}

  listRegions(): Promise<Region[]> {
    return this.regions.find({ order: { name: 'ASC' } });
  }

  listClusters(regionId?: string): Promise<Cluster[]> {
    return this.clusters.find({ where: regionId ? { regionId } : {}, order: { name: 'ASC' } });
  }

  listMunicipalities(regionId?: string): Promise<Municipality[]> {
    return this.municipalities.find({ where: regionId ? { regionId } : {}, order: { name: 'ASC' } });
  }

  /** The municipalities a contact serves, as primary contact or deputy. */
  async municipalityIdsServedBy(contactId: string): Promise<string[]> {
    const rows = await this.municipalities.find({
      select: { id: true },
      where: [{ contactId }, { deputyContactId: contactId }],
    });
    return rows.map((row) => row.id);
  }
}
