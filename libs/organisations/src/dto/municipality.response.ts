import { ApiProperty } from '@nestjs/swagger';
import type { Municipality } from '../entities/municipality.entity';

type MunicipalityFields = Pick<
  Municipality,
  'id' | 'name' | 'code' | 'clusterId' | 'regionId' | 'population0to17' | 'contactId' | 'deputyContactId'
>;

/** A municipality as the API shows it, for the OpenAPI document (`implements` keeps it in step). */
export class MunicipalityResponse implements MunicipalityFields {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Aarhus' })
  name!: string;

  @ApiProperty({ example: '751', description: 'The three-digit municipality code' })
  code!: string;

  @ApiProperty({ format: 'uuid' })
  clusterId!: string;

  @ApiProperty({ format: 'uuid' })
  regionId!: string;

  @ApiProperty({ type: 'integer', nullable: true, description: 'Children and young people 0–17' })
  population0to17!: number | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The fixed contact' })
  contactId!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  deputyContactId!: string | null;
}
