import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import Redis from 'ioredis';
import { AppConfig } from '@app/config';
import { createFailFastRedis } from '@app/jobs';

@Injectable()
export class RedisHealthIndicator implements OnModuleDestroy {
  private readonly redis: Redis;

  constructor(
    private readonly indicators: HealthIndicatorService,
    config: AppConfig,
  ) {
    this.redis = createFailFastRedis(config.redis, 'api-health');
  }

  async isHealthy(key: 'redis') {
    const indicator = this.indicators.check(key);
    try {
      await this.redis.ping();
      return indicator.up();
    } catch {
      return indicator.down('Redis does not answer');
    }
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}
