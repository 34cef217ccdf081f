import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/**
 * The transaction a booking change runs in. Normally its own; but a caller that must commit something
 * together with the change — the Idempotency-Key interceptor claims the key and stores the response
 * in the same transaction — opens one with `open`, and the change joins it.
 */
@Injectable()
export class BookingTransactions {
  private readonly ambient = new AsyncLocalStorage<EntityManager>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Runs the change in the transaction the caller opened, else in a new one. */
  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const manager = this.ambient.getStore();
    return manager ? work(manager) : this.dataSource.transaction(work);
  }

  /** Opens a transaction that every booking change started inside `work` joins. */
  open<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction((manager) => this.ambient.run(manager, () => work(manager)));
  }
}
