import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { AppConfig } from '@app/config';
import { createFailFastRedis, QueueName, RECURRING_JOBS } from '@app/jobs';

const CHECK_TIMEOUT_MS = 2_000;

/**
 * Whether every job scheduler (reminder reconciler, slot horizon, case-summary retention, status-report
 * check, outbox mail reconciler) exists in Redis. Workers put missing ones back within about 30 s;
 * a scheduler missing for longer means no worker is running (or none reaches Redis).
 */
@Injectable()
export class SchedulerHealthIndicator implements OnModuleDestroy {
  private readonly redis: Redis;
  private readonly queues = new Map<QueueName, Queue>();

  constructor(
    private readonly indicators: HealthIndicatorService,
    config: AppConfig,
  ) {
    this.redis = createFailFastRedis(config.redis, 'api-health-schedulers');
    for (const { queue } of RECURRING_JOBS)
      if (!this.queues.has(queue))
        this.queues.set(queue, new Queue(queue, { connection: this.redis, prefix: config.queuePrefix }));
  }

  async isHealthy(key: 'schedulers') {
    const indicator = this.indicators.check(key);
    try {
      const missing: string[] = [];
      for (const { queue, schedule } of RECURRING_JOBS) {
        const found = await withTimeout(
          this.queues.get(queue)!.getJobScheduler(schedule.id),
          CHECK_TIMEOUT_MS,
        );
        if (!found) missing.push(schedule.id);
      }
      return missing.length === 0
        ? indicator.up({ count: RECURRING_JOBS.length })
        : indicator.down({ missing });
    } catch {
      return indicator.down({ message: 'Redis does not answer; the job schedulers cannot be checked' });
    }
  }

  async onModuleDestroy(): Promise<void> {
    // With Redis away or reconnecting, closing a queue on the fail-fast connection throws; shutting
    // down goes on (the shared connection is dropped below).
    for (const queue of this.queues.values()) await queue.close().catch(() => undefined);
    this.redis.disconnect();
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
