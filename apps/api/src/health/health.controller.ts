import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '@app/auth';
import { AppConfig } from '@app/config';
import { RedisHealthIndicator } from './redis-health.indicator';

@ApiTags('operations')
@Public()
@Controller({ path: 'health' })
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
    private readonly config: AppConfig,
  ) {}

  /** The process is up (for restarts); names INSTANCE_ID when set, so a launcher knows it reached this process. */
  @Get('live')
  live() {
    return this.config.instanceId ? { status: 'ok', instance: this.config.instanceId } : { status: 'ok' };
  }

  /** The process can serve: PostgreSQL and Redis answer (for load balancers). */
  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: 2000 }),
      () => this.redis.isHealthy('redis'),
    ]);
  }
}
