import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { writeFile } from 'node:fs/promises';
import Redis from 'ioredis';
import { AppConfig } from '@app/config';
import { createFailFastRedis } from '@app/jobs';
import { HeartbeatRepository } from './heartbeat.repository';

/**
 * The worker serves no HTTP, so a container health check cannot ask it. Instead, while PostgreSQL and
 * Redis both answer, it touches WORKER_HEARTBEAT_FILE every 10 s; `dist/scripts/worker-health.js`
 * calls the worker unhealthy when the file is older than a minute. Off when the variable is unset.
 */
@Injectable()
export class Heartbeat implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private redis?: Redis;

  constructor(
    private readonly config: AppConfig,
    private readonly database: HeartbeatRepository,
  ) {}

  onApplicationBootstrap(): void {
    const file = this.config.workerHeartbeatFile;
    if (!file) return;
    this.redis = createFailFastRedis(this.config.redis, 'worker-heartbeat');
    const beat = async () => {
      try {
        await Promise.all([this.database.ping(), this.redis!.ping()]);
        await writeFile(file, new Date().toISOString());
      } catch {
        // no beat: the health check notices the stale file
      }
    };
    this.redis.once('ready', () => void beat()); // the first beat as soon as Redis is connected
    this.timer = setInterval(() => void beat(), 10_000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
    this.redis?.disconnect();
  }
}
