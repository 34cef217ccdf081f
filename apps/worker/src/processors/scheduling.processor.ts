import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import { Clock } from '@app/common';
import { JobName, QueueName } from '@app/jobs';
import { SlotHorizonService } from '@app/scheduling';

@Processor(QueueName.Scheduling)
export class SchedulingProcessor extends WorkerHost {
  private readonly logger = new Logger(SchedulingProcessor.name);

  constructor(
    private readonly horizon: SlotHorizonService,
    private readonly clock: Clock,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    const name = job.name as JobName;
    switch (name) {
      case JobName.ExtendSlotHorizon: {
        const result = await this.horizon.extendAll(this.clock.now());
        this.logger.log(result, 'Slot horizon extended');
        return result;
      }
      case JobName.CheckStatusReportSchedule:
      case JobName.GenerateStatusReport:
      case JobName.SendReportMail:
        throw new UnrecoverableError(`${name} belongs to the ${QueueName.Reports} queue`);
      default: {
        const unknown: never = name;
        throw new Error(`No handler for job ${String(unknown)} on queue ${QueueName.Scheduling}`);
      }
    }
  }
}
