import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { OutboxRelay } from './outbox-relay.service';

export const RELAY_INTERVAL_MS = 1_000;

/**
 * Runs the outbox relay in the worker: a polling loop (not a BullMQ job, so it keeps trying while Redis
 * is away). Replicas may all poll: SKIP LOCKED shares the rows between them.
 */
@Injectable()
export class OutboxRelayPoller implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelayPoller.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(private readonly relay: OutboxRelay) {}

  onApplicationBootstrap(): void {
    this.tick();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private tick(): void {
    if (this.stopped) return;
    this.running = this.relay
      .drain()
      .then(() => undefined)
      .catch((error: unknown) =>
        this.logger.error({ error: (error as Error).message }, 'Outbox relay failed'),
      )
      .finally(() => {
        this.running = null;
        if (!this.stopped) this.timer = setTimeout(() => this.tick(), RELAY_INTERVAL_MS);
      });
  }
}
