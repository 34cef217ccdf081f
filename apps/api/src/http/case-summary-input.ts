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
  const input: CaseSummaryInput = {};
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      if (part.fieldname !== 'file' || input.file)
        throw new ValidationFailedException([
          { field: part.fieldname, message: 'only one file, in the field "file"' },
        ]);
      const bytes = await part.toBuffer();
      if (part.file.truncated)
        throw new DomainException(ErrorCode.PayloadTooLarge, 'The file is larger than 5 MB');
      input.file = { bytes, fileName: part.filename ?? '' };
    } else if (
      part.fieldname === 'text' ||
      part.fieldname === 'screenings' ||
      part.fieldname === 'removeFile'
    ) {
      input[part.fieldname] = part.value;
    } else {
      throw new ValidationFailedException([
        { field: part.fieldname, message: 'is not a field of a case summary' },
      ]);
    }
  }
  return input;
}
