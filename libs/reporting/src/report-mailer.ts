import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { AppConfig } from '@app/config';
import { dateLabel } from './labels';
import { ReportView } from './reports.repository';

/** Tells the region's admins that a report is ready: a link to the portal, never an attachment. */
@Injectable()
export class ReportMailer implements OnModuleDestroy {
  private readonly transport: Transporter;

  constructor(private readonly config: AppConfig) {
    this.transport = createTransport(config.smtpUrl);
  }

  async send(report: ReportView, to: string[]): Promise<void> {
    if (!to.length) return;
    const link = `${this.config.appUrl}/api/v1/reports/${report.id}/file?format=pdf`;
    const period = `${dateLabel(report.from)} – ${dateLabel(report.to)}`;
    await this.transport.sendMail({
      from: this.config.mailFrom,
      to,
      subject: `Statusrapport for ${period} er klar`,
      text: [
        'Hej',
        '',
        `Statusrapporten om sparring med BUP for perioden ${period} er klar i Sparringsportalen.`,
        `Hent den her (log ind som administrator): ${link}`,
        'Tabellerne findes også som CSV og Excel på siden med rapporter.',
        '',
        'Venlig hilsen',
        'Sparringsportalen',
      ].join('\n'),
    });
  }

  onModuleDestroy(): void {
    this.transport.close();
  }
}
