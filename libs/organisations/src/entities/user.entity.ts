import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Municipality } from './municipality.entity';
import { Region } from './region.entity';

export enum Role {
  Consultant = 'consultant',
  Contact = 'contact',
  Admin = 'admin',
}

/** A person with a login. Role and municipality live here, never in what a browser or token claims. */
@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored lower-case; the login name and the SSO match key. */
  @Column({ type: 'varchar', length: 254, unique: true })
  email!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'enum', enum: Role, enumName: 'user_role' })
  role!: Role;

  /** Which region's data the user belongs to (admins see only their region). */
  @Column({ type: 'uuid' })
  regionId!: string;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  region?: Region;

  /** Required for consultants: the municipality they work for. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  municipalityId!: string | null;

  @ManyToOne('Municipality', { onDelete: 'RESTRICT', nullable: true })
  municipality?: Municipality | null;

  @Column({ type: 'uuid', nullable: true })
  departmentId!: string | null;

  /** E.g. "PPR-psykolog", "Socialrådgiver", "Børne- og ungdomspsykiater". */
  @Column({ type: 'varchar', length: 100, nullable: true })
  profession!: string | null;

  /** argon2id hash; null for SSO-only users. */
  @Column({ type: 'varchar', length: 255, nullable: true, select: false })
  passwordHash!: string | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** The OpenID Connect subject (`iss` + `sub`) the user is bound to at their first single sign-on. */
  @Column({ type: 'varchar', length: 600, nullable: true, unique: true })
  oidcSubject!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
