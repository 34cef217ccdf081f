import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AnonymisationResult, checkAnonymity } from '@app/anonymisation';
import { CheckAnonymityDto } from '@app/case-summary';

@ApiTags('anonymisation')
@ApiBearerAuth()
@Controller('anonymisation')
export class AnonymisationController {
  @Post('check')
  @HttpCode(200)
  @ApiOperation({ summary: 'Check a text for identifying data; nothing is stored' })
  check(@Body() dto: CheckAnonymityDto): AnonymisationResult {
    return checkAnonymity(dto.text);
  }
}
