import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

/**
 * The OpenAPI document of the api, from the controllers' and DTOs' decorators. Served at
 * /api/docs-json by bootstrap() and written to the web app's types by scripts/openapi-types.js, so
 * both see one document.
 */
export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Sparringsportalen API')
      .setDescription(
        'Booking of BUP sparring sessions for municipal staff. See docs/api.md for the contract.',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
}
