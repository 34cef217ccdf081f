import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AnonymisationResult } from '@app/anonymisation';
import { CheckAnonymityDto, ContentCheckPool } from '@app/case-summary';
import { AnonymisationResultResponse } from '../http/problem.response';

@ApiTags('anonymisation')
@ApiBearerAuth()
@Controller('anonymisation')
export class AnonymisationController {
  constructor(private readonly contentCheck: ContentCheckPool) {}

  @Post('check')
  @HttpCode(200)
  @ApiOperation({ summary: 'Check a text for identifying data; nothing is stored' })
  @ApiOkResponse({ type: AnonymisationResultResponse })
  async check(@Body() dto: CheckAnonymityDto): Promise<AnonymisationResult> {
    // A long text is checked in a worker thread, off the event loop.
    const [result] = await this.contentCheck.check([dto.text]);
    return result;
  }
}
