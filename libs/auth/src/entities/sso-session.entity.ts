import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AuthSession } from './auth-session.entity';
import { IdentityProvider } from './identity-provider.entity';

/** The SAML session behind one of our sessions: what single logout needs, both ways. */
@Entity('sso_sessions')
@Index(['providerId', 'nameId'])
export class SsoSession {
  /** auth_sessions.id */
  @PrimaryColumn({ type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => AuthSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: AuthSession;

  @Column({ type: 'uuid' })
  providerId!: string;

  @ManyToOne(() => IdentityProvider, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'provider_id' })
  provider?: IdentityProvider;

  @Column({ type: 'varchar', length: 500 })
  nameId!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  nameIdFormat!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  sessionIndex!: string | null;
}
