import { Module } from '@nestjs/common';
import { OutboxRepository } from './outbox.repository';
import { OutboxWriter } from './outbox.writer';

@Module({ providers: [OutboxRepository, OutboxWriter], exports: [OutboxWriter] })
export class JobsModule {}
