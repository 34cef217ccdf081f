import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { SlotSeries } from './entities/slot-series.entity';
import { SlotMaterialiser } from './slot-materialiser';

/** Keeps every running series materialised up to the horizon; safe to run any number of times. */
@Injectable()
export class SlotHorizonService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly materialiser: SlotMaterialiser,
  ) {}

  async extendAll(now: Date): Promise<{ series: number; slotsCreated: number }> {
    const until = this.materialiser.horizonFrom(now);
    const running = await this.dataSource.getRepository(SlotSeries).find({ where: { endedAt: IsNull() } });
    let slotsCreated = 0;
    for (const series of running) {
      // One transaction per series: a failure in one leaves the others extended.
      slotsCreated += await this.dataSource.transaction((manager) =>
        this.materialiser.materialise(manager, series, now, until),
      );
    }
    return { series: running.length, slotsCreated };
  }
}
