/** Payload of JobName.GenerateStatusReport. */
export interface GenerateStatusReportData {
  reportId: string;
}

/** Payload of JobName.SendReportMail. */
export interface SendReportMailData {
  reportId: string;
}

/** One job per region and period: asking twice while it runs does not produce it twice. */
export const statusReportJobId = (report: { regionId: string; from: string; to: string }): string =>
  `status-report-${report.regionId}-${report.from}-${report.to}`;
