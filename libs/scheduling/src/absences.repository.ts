import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Absence } from './entities/absence.entity';

/** Plain data access for absences; no rules. */
@Injectable()
export class AbsencesRepository {
  insert(manager: EntityManager, absence: Omit<Absence, 'id' | 'createdAt' | 'contact'>): Promise<Absence> {
    return manager.save(manager.create(Absence, absence));
  }
}
