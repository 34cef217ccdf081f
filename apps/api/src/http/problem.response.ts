import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AnonymisationFinding, AnonymisationResult, FINDING_TYPES, FindingType } from '@app/anonymisation';
import { DocumentPartKind, SourcedFinding } from '@app/case-summary';
import { ErrorCode, FieldError } from '@app/common';
import type { ProblemDetails } from './problem-details.filter';

// The error answer (RFC 9457 problem+json) and the anonymity check's findings, for the OpenAPI
// document: every operation's `default` response (see openapi.ts). The classes `implement` the
// api's own types where it has them, so the compiler keeps the document in step.

/** Every value of a union type, once: fails to compile when the union gains or loses one. */
const everyValue =
  <T extends string>() =>
  <const L extends readonly T[]>(
    list: L & ([Exclude<T, L[number]>] extends [never] ? unknown : { missing: Exclude<T, L[number]> }),
  ): T[] => [...list];

const DOCUMENT_PARTS = everyValue<DocumentPartKind>()([
  'body',
  'header',
  'footer',
  'footnote',
  'endnote',
  'comment',
  'insertion',
  'deletion',
  'text-box',
  'link',
  'properties',
  'other',
  'pdf-info',
  'xmp',
  'annotation',
  'form-field',
  'outline',
]);
const FINDING_SOURCES = everyValue<SourcedFinding['source']>()(['text', 'file', 'screenings']);

export class FieldErrorResponse implements FieldError {
  @ApiProperty({ example: 'gpEmail', description: 'The request field; `participantEmails.1` for an item' })
  field!: string;

  @ApiProperty({ example: 'Lægens e-mailadresse skal være en gyldig e-mailadresse.' })
  message!: string;
}

export class FindingResponse implements AnonymisationFinding {
  @ApiProperty({ enum: FINDING_TYPES, enumName: 'FindingType' })
  type!: FindingType;

  @ApiProperty({ type: 'integer', description: 'Offset of the hit in its text (or document part)' })
  start!: number;

  @ApiProperty({ type: 'integer', description: 'End offset, exclusive' })
  end!: number;

  @ApiProperty({ example: '12****-**34', description: 'The hit partly masked, never the whole identifier' })
  excerpt!: string;

  @ApiProperty({ example: 'barnet', description: 'A neutral Danish rewrite of the hit' })
  suggestion!: string;

  @ApiPropertyOptional({ enum: FINDING_SOURCES, enumName: 'FindingSource', description: 'Where the hit is' })
  source?: SourcedFinding['source'];

  @ApiPropertyOptional({ example: 'question', description: 'The request field the hit is in' })
  field?: string;

  @ApiPropertyOptional({ enum: DOCUMENT_PARTS, enumName: 'DocumentPart', description: 'For a file' })
  part?: DocumentPartKind;
}

export class AnonymisationResultResponse implements AnonymisationResult {
  @ApiProperty()
  anonymous!: boolean;

  @ApiProperty({ type: () => [FindingResponse] })
  findings!: FindingResponse[];
}

export class ClashingSlotResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  startsAt!: string;

  @ApiProperty()
  endsAt!: string;
}

export class ProblemResponse implements ProblemDetails {
  @ApiProperty({ example: 'https://sparringsportalen.dk/problems/validation-failed' })
  type!: string;

  @ApiProperty({ example: 'The request is invalid' })
  title!: string;

  @ApiProperty({ type: 'integer', example: 400 })
  status!: number;

  @ApiProperty({ description: 'Danish, for the user; never case content' })
  detail!: string;

  @ApiProperty({ enum: ErrorCode, enumName: 'ErrorCode' })
  code!: ErrorCode;

  @ApiPropertyOptional({ type: () => [FieldErrorResponse], description: 'VALIDATION_FAILED: each bad field' })
  errors?: FieldErrorResponse[];

  @ApiPropertyOptional({ type: () => [FindingResponse], description: 'NOT_ANONYMOUS: each hit' })
  findings?: FindingResponse[];

  @ApiPropertyOptional({ description: 'Sign-in lock-out: when the address may try again from here' })
  lockedUntil?: string;

  @ApiPropertyOptional({ description: "An admin's session without a second factor: enrol first" })
  mfaEnrolmentRequired?: boolean;

  @ApiPropertyOptional({
    type: () => ClashingSlotResponse,
    description: 'CONFLICT for a slot that would overlap another of the contact: the one it overlaps',
  })
  clashingSlot?: ClashingSlotResponse;

  @ApiPropertyOptional({ description: 'INTERNAL_ERROR: the id to quote to support (in the log)' })
  errorId?: string;
}
