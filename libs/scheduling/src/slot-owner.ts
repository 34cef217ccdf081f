import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuthUser } from '@app/auth';
import { DomainException, ErrorCode, ValidationFailedException } from '@app/common';
import { Role } from '@app/organisations';
import { SessionKind } from './entities/session-kind';
import { SlotOwnerRepository } from './slot-owner.repository';

/** Who a new series or slot belongs to, and whether the offer is allowed — the same rules for both. */
@Injectable()
export class SlotOwner {
  constructor(private readonly people: SlotOwnerRepository) {}

  /** A contact publishes for themself; an admin for any active contact of their region. */
  async resolveContact(user: AuthUser, contactId: string | undefined): Promise<string> {
    if (user.role === Role.Contact) {
      if (contactId && contactId !== user.id) {
        throw new DomainException(ErrorCode.Forbidden, 'A contact can only publish their own times');
      }
      return user.id;
    }
    if (!contactId)
      throw new ValidationFailedException([
        { field: 'contactId', message: 'Vælg kontaktpersonen, tiden hører til.' },
      ]);
    if (!(await this.people.isActiveContactInRegion(contactId, user.regionId)))
      throw new ValidationFailedException([
        {
          field: 'contactId',
          message: 'Kontaktpersonen findes ikke blandt de aktive kontaktpersoner i din region.',
        },
      ]);
    return contactId;
  }

  /**
   * The municipalities must exist in the caller's region and be served by the contact — as primary
   * contact or deputy, as the admin assigned them (so a contact can never offer times to, and then
   * read the questions of, a municipality that is not theirs); one-to-one kinds take one booking.
   */
  async assertOffer(
    user: AuthUser,
    contactId: string,
    kind: SessionKind,
    municipalityIds: string[],
    capacity: number | undefined,
  ): Promise<number> {
    const rows = await this.people.municipalitiesServedBy(municipalityIds, user.regionId, contactId);
    if (rows.length !== new Set(municipalityIds).size) {
      throw new ValidationFailedException([
        { field: 'municipalityIds', message: 'Listen har en kommune, der ikke findes i din region.' },
      ]);
    }
    if (rows.some((row) => !row.served)) {
      throw new DomainException(
        ErrorCode.Forbidden,
        'Kontaktpersonen kan kun udbyde tider til de kommuner, vedkommende er kontaktperson eller stedfortræder for',
        {
          errors: [
            {
              field: 'municipalityIds',
              message: 'kontaktpersonen er ikke tildelt alle de valgte kommuner',
            },
          ],
        },
      );
    }
    if (kind !== SessionKind.Teaching && capacity !== undefined && capacity !== 1) {
      throw new ValidationFailedException([
        { field: 'capacity', message: 'Kun undervisning kan have mere end én plads.' },
      ]);
    }
    return capacity ?? 1;
  }

  /** The deputy must be another active contact of the caller's region. */
  async assertDeputy(user: AuthUser, contactId: string, deputyId: string): Promise<void> {
    if (!(await this.people.isActiveContactInRegion(deputyId, user.regionId, contactId))) {
      throw new ValidationFailedException([
        { field: 'deputyContactId', message: 'no other active contact with this id in your region' },
      ]);
    }
  }

  /** Whether the caller may manage the contact's slots: the contact themself or an admin of the region. */
  async mayManage(manager: EntityManager, user: AuthUser, contactId: string): Promise<boolean> {
    if (user.role === Role.Contact) return user.id === contactId;
    if (user.role !== Role.Admin) return false;
    return this.people.isUserInRegion(manager, contactId, user.regionId);
  }
}
