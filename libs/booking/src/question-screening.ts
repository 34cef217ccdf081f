import { Injectable } from '@nestjs/common';
import { checkAnonymity } from '@app/anonymisation';
import { DomainException, ErrorCode } from '@app/common';

/**
 * The one place where a booking's free-text question is screened for identifying data, with the
 * same check as case summaries. A refusal carries the findings (types and offsets, masked excerpts).
 */
@Injectable()
export class QuestionScreening {
  assertAnonymous(question: string): void {
    const result = checkAnonymity(question);
    if (!result.anonymous) {
      throw new DomainException(
        ErrorCode.NotAnonymous,
        'The question contains identifying data; remove it and try again',
        {
          findings: result.findings.map((finding) => ({ field: 'question', ...finding })),
        },
      );
    }
  }
}
