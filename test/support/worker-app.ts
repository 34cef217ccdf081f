import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Clock, FixedClock } from '@app/common';
import { WorkerModule } from '../../apps/worker/src/worker.module';

/** The real worker (BullMQ processors on the run's queues), optionally with a clock the test sets. */
export async function createTestWorker(
  options: { clock?: FixedClock } = {},
): Promise<INestApplicationContext> {
  let builder = Test.createTestingModule({ imports: [WorkerModule] });
  if (options.clock) builder = builder.overrideProvider(Clock).useValue(options.clock);
  const moduleRef = await builder.compile();
  moduleRef.useLogger(false);
  await moduleRef.init();
  return moduleRef;
}
