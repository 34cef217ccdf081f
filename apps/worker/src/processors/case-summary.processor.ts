import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { CaseSummaryRetentionService } from '@app/case-summary';
import { Clock } from '@app/common';
import { JobName, QueueJobs, QueueName } from '@app/jobs';

@Processor(QueueName.CaseSummaries)
export class CaseSummaryProcessor extends WorkerHost {
  private readonly logger = new Logger(CaseSummaryProcessor.name);

  constructor(
    private readonly retention: CaseSummaryRetentionService,
    private readonly clock: Clock,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    const name = job.name as QueueJobs[QueueName.CaseSummaries];
    switch (name) {
      case JobName.PurgeCaseSummaries: {
        const result = await this.retention.purgeDue(this.clock.now());
        this.logger.log(result, 'Case summaries past retention purged');
        return result;
      }
      default: {
        const unknown: never = name;
        throw new Error(`No handler for job ${String(unknown)} on queue ${QueueName.CaseSummaries}`);
      }
    }
  }
}
