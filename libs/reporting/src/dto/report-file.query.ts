import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsOptional } from 'class-validator';
import { ReportFormat } from '../entities/report-file.entity';

export class ReportFileQuery {
  @ApiPropertyOptional({ enum: ReportFormat, enumName: 'ReportFormat', default: ReportFormat.Pdf })
  @IsOptional()
  @IsEnum(ReportFormat)
  format?: ReportFormat;
}
