import type { FastifyReply } from 'fastify';

export interface DownloadFile {
  contentType: string;
  fileName: string;
  content: Buffer;
}

/**
 * The one way the api sends a file: download headers set here, the body returned for a passthrough
 * reply (`@Res({ passthrough: true })`). Never cached (files hold personal or case data), never sniffed
 * into something the browser would run.
 */
export function sendFile(reply: FastifyReply, file: DownloadFile): Buffer {
  reply
    .header('content-type', file.contentType)
    .header('content-disposition', attachmentDisposition(file.fileName))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'no-store');
  return file.content;
}

/**
 * `attachment; filename="<ASCII>"; filename*=UTF-8''<RFC 5987>` (RFC 6266): browsers use the UTF-8
 * name, so "Forbrug Århus.csv" keeps its letters; `filename` is the stand-in for clients that only
 * read that, with Danish letters spelled out (æ → ae) and anything else outside printable ASCII (and
 * the quote and backslash that would end or escape it) replaced.
 */
export function attachmentDisposition(fileName: string): string {
  return `attachment; filename="${asciiFileName(fileName)}"; filename*=UTF-8''${rfc5987(fileName)}`;
}

const DANISH: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', Æ: 'Ae', Ø: 'Oe', Å: 'Aa' };

function asciiFileName(fileName: string): string {
  return fileName
    .replace(/[æøåÆØÅ]/g, (letter) => DANISH[letter])
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // é → e: the accents NFKD split off
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
}

/** Percent-encodes all but RFC 5987's attr-chars (encodeURIComponent leaves ' ( ) * as they are). */
function rfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
