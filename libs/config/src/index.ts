export { AppConfig, ConfigError, loadConfig, videoRoomUrl } from './app-config';
export { ConfigModule } from './config.module';
export { parseDuration } from './duration';
export { parseRedisUrl } from './redis-url';
export type { RedisTarget } from './redis-url';
