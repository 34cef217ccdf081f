import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * SAML message ids any replica must see: the AuthnRequest/LogoutRequest ids we sent (so a response's
 * InResponseTo can be checked and used once) and the assertion ids we accepted (so an assertion is
 * never accepted twice). Kept until they expire.
 */
@Entity('saml_message_ids')
export class SamlMessageId {
  /** `request:<provider id>:<id>` or `assertion:<provider id>:<id>`. */
  @PrimaryColumn({ type: 'varchar', length: 600 })
  key!: string;

  @Index()
  @Column({ type: 'timestamptz' })
  expiresAt!: Date;
}
