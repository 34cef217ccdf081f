import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '@app/auth';
import { AppConfig } from '@app/config';
import { RedisHealthIndicator } from './redis-health.indicator';
import { SchedulerHealthIndicator } from './scheduler-health.indicator';

@ApiTags('operations')
@Public()
@Controller({ path: 'health' })
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
    private readonly config: AppConfig,
    private readonly schedulers: SchedulerHealthIndicator,
  ) {}

  /** The process is up (for restarts); names INSTANCE_ID when set, so a launcher knows it reached this process. */
  @Get('live')
  live() {
    return this.config.instanceId ? { status: 'ok', instance: this.config.instanceId } : { status: 'ok' };
  }

  /**
   * The process can serve requests (for load balancers): PostgreSQL answers. Only that — requests
   * work while Redis is away (the outbox holds the mails), so a Redis outage must not take every
   * replica out of the load balancer.
   */
  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([() => this.database.pingCheck('database', { timeout: 2000 })]);
  }

  /**
   * The detailed report, for monitoring: PostgreSQL, Redis and the job schedulers (503 when any is
   * down, naming the missing schedulers). Unauthenticated like the other health routes, so a monitor
   * needs no account: it holds states and schedule names only — no addresses, counts or data.
   */
  @Get('details')
  @HealthCheck()
  details() {
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: 2000 }),
      () => this.redis.isHealthy('redis'),
      () => this.schedulers.isHealthy('schedulers'),
    ]);
  }
}
