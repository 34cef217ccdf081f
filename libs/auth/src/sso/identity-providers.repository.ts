import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { IdentityProvider } from '../entities/identity-provider.entity';

/** The identity-provider queries that need more than TypeORM's find options. */
@Injectable()
export class IdentityProvidersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The provider with its sealed client secret (a column left out of ordinary reads). */
  withSealedSecret(providerId: string): Promise<IdentityProvider | null> {
    return this.dataSource
      .getRepository(IdentityProvider)
      .createQueryBuilder('p')
      .addSelect('p.clientSecretCiphertext')
      .where('p.id = :providerId', { providerId })
      .getOne();
  }

  /** Active providers that list this e-mail domain, oldest first. */
  activeForDomain(domain: string): Promise<IdentityProvider[]> {
    return this.dataSource
      .getRepository(IdentityProvider)
      .createQueryBuilder('p')
      .where('p.active AND :domain = ANY(p.emailDomains)', { domain })
      .orderBy('p.createdAt', 'ASC')
      .getMany();
  }
}
