import { FastifyReply, FastifyRequest } from 'fastify';
import { Page } from '@app/common';

/**
 * The contract fixes these lists as bare JSON arrays, so the way to the next page travels in headers:
 * `X-Next-Cursor` (absent on the last page) and an RFC 8288 `Link: <…>; rel="next"` with the same
 * query and the cursor filled in.
 */
export function sendPage<T>(request: FastifyRequest, reply: FastifyReply, page: Page<T>): T[] {
  if (page.nextCursor) {
    const url = new URL(request.url, 'http://local');
    url.searchParams.set('cursor', page.nextCursor);
    void reply.header('x-next-cursor', page.nextCursor);
    void reply.header('link', `<${url.pathname}${url.search}>; rel="next"`);
  }
  return page.items;
}

/** The OpenAPI description of the paging headers of a list response. */
export const PAGE_RESPONSE_HEADERS = {
  'X-Next-Cursor': {
    description: 'The `cursor` of the next page; absent on the last page',
    schema: { type: 'string' as const },
  },
  Link: { description: 'RFC 8288 link to the next page (`rel="next"`)', schema: { type: 'string' as const } },
};
