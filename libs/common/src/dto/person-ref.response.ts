import { ApiProperty } from '@nestjs/swagger';

/** A person as another record names them: id and name only. */
export class PersonRefResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Mette Kontaktperson' })
  name!: string;
}
