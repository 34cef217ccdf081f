import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A one-time recovery code for a lost authenticator, stored only as its SHA-256. */
@Entity('mfa_recovery_codes')
export class MfaRecoveryCode {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'char', length: 64, unique: true })
  codeHash!: string;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;
}
