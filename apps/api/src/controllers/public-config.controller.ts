import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Public } from '@app/auth';
import { AppConfig } from '@app/config';

export class PublicConfigDto {
  @ApiProperty({
    type: String,
    nullable: true,
    example: '78 47 00 00',
    description: "BUP's acute service (ACUTE_PHONE), shown where consultants book; null when not configured",
  })
  acutePhone!: string | null;
}

/** Settings the web app shows before and after sign-in; nothing here is secret. */
@ApiTags('config')
@Controller('config')
export class PublicConfigController {
  constructor(private readonly config: AppConfig) {}

  @Public()
  @Get()
  @ApiOperation({ summary: 'Public settings of the platform for the web app (no auth)' })
  @ApiOkResponse({ type: PublicConfigDto })
  get(): PublicConfigDto {
    return { acutePhone: this.config.acutePhone };
  }
}
