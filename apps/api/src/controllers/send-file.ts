import type { FastifyReply } from 'fastify';

/** Sets the download headers and returns the body for a passthrough reply. */
export function sendFile(
  reply: FastifyReply,
  file: { contentType: string; fileName: string; content: Buffer },
): Buffer {
  reply
    .header('content-type', file.contentType)
    .header('content-disposition', `attachment; filename="${file.fileName}"`)
    .header('cache-control', 'no-store');
  return file.content;
}
