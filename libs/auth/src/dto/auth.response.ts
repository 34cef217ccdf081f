import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Role } from '@app/organisations';
import type { AuthUser } from '../auth-user';
import type { LoginResult, MfaChallenge } from '../auth.service';
import type { TotpEnrolment } from '../mfa.service';

// The sign-in answers as the API shows them, for the OpenAPI document; each class `implements` the
// service's type so the compiler keeps the document in step.

export class AuthUserResponse implements AuthUser {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'ppr.aarhus@sparring.test' })
  email!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ enum: Role, enumName: 'Role' })
  role!: Role;

  @ApiProperty({ format: 'uuid' })
  regionId!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  municipalityId!: string | null;

  @ApiProperty({ type: String, nullable: true })
  profession!: string | null;
}

/** `GET /auth/me`: the caller, and how this session was signed in. */
export class MeResponse extends AuthUserResponse {
  @ApiProperty({ type: [String], example: ['pwd', 'otp'], description: 'How the session was signed in' })
  amr!: string[];

  @ApiProperty({ description: 'Signed in with a second factor' })
  mfa!: boolean;

  @ApiProperty({ description: 'The account has an authenticator' })
  mfaEnabled!: boolean;

  @ApiProperty({ description: 'The role requires a second factor not yet set up: only enrolment works' })
  mfaEnrolmentRequired!: boolean;
}

export class LoginResponse implements LoginResult {
  @ApiProperty()
  accessToken!: string;

  @ApiProperty({ type: 'integer', description: 'Seconds' })
  expiresIn!: number;

  @ApiProperty()
  refreshToken!: string;

  @ApiProperty({ type: () => AuthUserResponse })
  user!: AuthUserResponse;

  @ApiPropertyOptional({ description: 'The role requires a second factor not yet set up' })
  mfaEnrolmentRequired?: boolean;
}

/** The password was right and the account has an authenticator: a code is due next. */
export class MfaChallengeResponse implements MfaChallenge {
  @ApiProperty({ type: Boolean, enum: [true] })
  mfaRequired!: true;

  @ApiProperty({ description: 'For POST /auth/login/mfa' })
  mfaToken!: string;

  @ApiProperty({ type: 'integer', description: 'Seconds' })
  expiresIn!: number;
}

export class TotpEnrolmentResponse implements TotpEnrolment {
  @ApiProperty({ description: 'Base32, for typing into an authenticator app by hand' })
  secret!: string;

  @ApiProperty()
  otpauthUri!: string;

  @ApiProperty({ description: 'The same URI as a PNG QR code (data: URL)' })
  qrCode!: string;
}

export class MfaStatusResponse {
  @ApiProperty()
  enabled!: boolean;

  @ApiProperty({ type: 'integer' })
  recoveryCodesLeft!: number;
}

export class RecoveryCodesResponse {
  @ApiProperty({ type: [String], description: 'Shown once; each works once' })
  recoveryCodes!: string[];
}

/** `GET /auth/config`: which ways of signing in the sign-in page offers. */
export class AuthConfigResponse {
  @ApiProperty({ description: 'A region-wide OpenID Connect sign-in is configured' })
  sso!: boolean;

  @ApiProperty({ description: 'Local passwords are allowed' })
  localLogin!: boolean;

  @ApiProperty({ description: 'Identity providers per organisation: ask for the e-mail first' })
  discovery!: boolean;
}
