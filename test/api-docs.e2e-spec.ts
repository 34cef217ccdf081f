import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { offlineOpenApiDocument } from '../scripts/openapi-document';
import { createTestApp, TestApp } from './support/test-app';

// docs/api.md is the contract people read; the OpenAPI document is what the app serves. Every route of
// one must be in the other (methods and paths; `:param` in the docs is `{param}` in OpenAPI).
const DOCUMENTED = /`((?:GET|POST|PUT|PATCH|DELETE)(?:\/(?:GET|POST|PUT|PATCH|DELETE))*) (\/[^`\s?]*)/g;

function documentedRoutes(markdown: string): Set<string> {
  const routes = new Set<string>();
  for (const [, methods, path] of markdown.matchAll(DOCUMENTED)) {
    const normalised = path!
      .replace(/^\/api\/v1(?=\/)/, '')
      .replace(/:([A-Za-z]+)/g, '{$1}')
      .replace(/\/$/, '');
    for (const method of methods!.split('/')) routes.add(`${method} ${normalised}`);
  }
  return routes;
}

describe('docs/api.md and the OpenAPI document', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('list the same routes', async () => {
    const openApi = (await t.http.get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const served = new Set<string>();
    for (const [path, operations] of Object.entries(openApi.paths))
      for (const method of Object.keys(operations))
        served.add(`${method.toUpperCase()} ${path.replace(/^\/api\/v1(?=\/)/, '')}`);
    const documented = documentedRoutes(readFileSync(join(__dirname, '..', 'docs', 'api.md'), 'utf8'));
    // Served outside OpenAPI on purpose: the Swagger UI and document themselves, the queue dashboard.
    for (const extra of ['GET /api/docs', 'GET /api/docs-json', 'POST /admin/queues/session'])
      documented.delete(extra);
    expect({ missingFromDocs: [...served].filter((r) => !documented.has(r)).sort() }).toEqual({
      missingFromDocs: [],
    });
    expect({ notServed: [...documented].filter((r) => !served.has(r)).sort() }).toEqual({ notServed: [] });
  });

  // scripts/openapi-types.js builds the web app's types from the document without a database (Nest's
  // preview mode); it must be the very document the running api serves.
  it('is what the offline generator of the web types sees', async () => {
    const served = (await t.http.get('/api/docs-json').expect(200)).body as unknown;
    expect(JSON.parse(JSON.stringify(await offlineOpenApiDocument()))).toEqual(served);
  });
});
