import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One of Denmark's five regions; each region's data is kept apart. */
@Entity('regions')
export class Region {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The official region code, e.g. 1082 for Region Midtjylland. */
  @Column({ type: 'varchar', length: 4, unique: true })
  code!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
