import { FastifyRequest } from 'fastify';
import { CaseSummaryInput, MAX_FILE_BYTES } from '@app/case-summary';
import { DomainException, ErrorCode, ValidationFailedException } from '@app/common';

/** The multipart limits registered in bootstrap.ts: one file of at most 5 MB, a few small fields. */
export const MULTIPART_LIMITS = {
  fileSize: MAX_FILE_BYTES,
  files: 1,
  fields: 5,
  fieldSize: 256 * 1024,
  parts: 6,
};

const fileTooLarge = () => new DomainException(ErrorCode.PayloadTooLarge, 'Filen er større end 5 MB.');

/**
 * Reads a case-summary submission from JSON `{ text, screenings, removeFile? }` or multipart (`file`,
 * `text`, `screenings` as a JSON string, `removeFile`). Translation only: the rules are in CaseSummaryService.
 */
export async function readCaseSummaryInput(request: FastifyRequest): Promise<CaseSummaryInput> {
  if (!request.isMultipart()) {
    const body = (request.body ?? {}) as Record<string, unknown>;
    if (typeof body !== 'object' || Array.isArray(body))
      throw new ValidationFailedException([{ field: 'body', message: 'must be an object' }]);
    return { text: body.text, screenings: body.screenings, removeFile: body.removeFile };
  }
  try {
    return await readMultipart(request);
  } catch (error) {
    throw multipartError(error);
  }
}

async function readMultipart(request: FastifyRequest): Promise<CaseSummaryInput> {
  const input: CaseSummaryInput = {};
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      if (part.fieldname !== 'file' || input.file)
        throw new ValidationFailedException([
          { field: part.fieldname, message: 'kun én fil, i feltet "file"' },
        ]);
      const bytes = await part.toBuffer();
      if (part.file.truncated) throw fileTooLarge();
      input.file = { bytes, fileName: part.filename ?? '' };
    } else if (
      part.fieldname === 'text' ||
      part.fieldname === 'screenings' ||
      part.fieldname === 'removeFile'
    ) {
      input[part.fieldname] = part.value;
    } else {
      throw new ValidationFailedException([
        { field: part.fieldname || 'multipart', message: 'er ikke et felt i et sagsresumé' },
      ]);
    }
  }
  return input;
}

/**
 * A broken multipart body (no or wrong boundary, cut off, a part without a header) is the client's
 * error, never a 500; too many parts or files is a malformed submission, too big a file a 413.
 */
function multipartError(error: unknown): Error {
  if (error instanceof DomainException) return error;
  const code = (error as { code?: string } | null)?.code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') return fileTooLarge();
  const message =
    code === 'FST_FILES_LIMIT'
      ? 'kun én fil, i feltet "file"'
      : code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT'
        ? 'for mange felter; et sagsresumé har file, text og screenings'
        : 'multipart-indholdet kan ikke læses (forkert eller manglende boundary, eller det er afbrudt)';
  return new ValidationFailedException([{ field: 'multipart', message }]);
}
