import {
  Column,
  CreateDateColumn,
  Entity,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Cluster } from './cluster.entity';
import { Region } from './region.entity';
import { User } from './user.entity';

/** A municipality with its one fixed BUP contact (and optional deputy). */
@Entity('municipalities')
export class Municipality {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The official three-digit municipality code, e.g. 751 for Aarhus. */
  @Column({ type: 'varchar', length: 3, unique: true })
  code!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'uuid' })
  regionId!: string;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  region?: Region;

  @Column({ type: 'uuid' })
  clusterId!: string;

  @ManyToOne(() => Cluster, { onDelete: 'RESTRICT' })
  cluster?: Cluster;

  /** Children aged 0–17, maintained by admins; the base of "sessions per 1,000 children". */
  @Column({ type: 'integer', nullable: true })
  population0to17!: number | null;

  @Column({ type: 'uuid', nullable: true })
  contactId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  contact?: User | null;

  @Column({ type: 'uuid', nullable: true })
  deputyContactId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  deputyContact?: User | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
