import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, getSchemaPath, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { ProblemResponse } from './http/problem.response';

/**
 * The OpenAPI document of the api, from the controllers' and DTOs' decorators. Served at
 * /api/docs-json by bootstrap() and written to the web app's types by scripts/openapi-types.js, so
 * both see one document.
 */
export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Sparringsportalen API')
      .setDescription(
        'Booking of BUP sparring sessions for municipal staff. See docs/api.md for the contract.',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
    { extraModels: [ProblemResponse] },
  );
  addProblemResponses(document);
  return document;
}

/** Every operation can answer an error, always as problem+json (ProblemDetailsFilter): say so once. */
function addProblemResponses(document: OpenAPIObject): void {
  const problem = {
    description: 'An error: RFC 9457 problem+json with the error code and a Danish detail',
    content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemResponse) } } },
  };
  for (const item of Object.values(document.paths))
    for (const operation of [item.get, item.put, item.post, item.delete, item.patch])
      if (operation) operation.responses = { ...operation.responses, default: problem };
}
