import { createServer, Server } from 'node:http';
import { SMTPServer } from 'smtp-server';
import PostalMime, { Email } from 'postal-mime';

export interface CaughtMail {
  id: number;
  receivedAt: string;
  envelopeFrom: string;
  envelopeTo: string[];
  subject: string;
  from: string;
  to: string[];
  text: string;
  html: string;
  attachments: { filename: string | null; contentType: string; content: string }[];
  raw: string;
}

/** Lets a test make the server refuse mail (e.g. 451 or 550) to exercise retries. */
export type SmtpRejection = { code: number; message: string } | null;

/**
 * A local SMTP server that keeps every message in memory, with a small web inbox (`/`) and JSON API
 * (`/api/messages`). Used by `npm start` when no SMTP_URL is given, and by the tests as their real SMTP peer.
 */
export class MailCatcher {
  readonly messages: CaughtMail[] = [];
  rejectWith: (mail: { to: string[] }) => SmtpRejection = () => null;
  private smtp?: SMTPServer;
  private http?: Server;
  private waiters: (() => void)[] = [];

  constructor(
    private readonly smtpPort: number,
    private readonly httpPort?: number,
  ) {}

  get smtpUrl(): string {
    return `smtp://127.0.0.1:${this.smtpPort}`;
  }

  get inboxUrl(): string | null {
    return this.httpPort ? `http://localhost:${this.httpPort}` : null;
  }

  async start(): Promise<this> {
    this.smtp = new SMTPServer({
      authOptional: true,
      closeTimeout: 1000, // stop() must not wait 30 s for an idle client to hang up
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const to = session.envelope.rcptTo.map((r) => r.address);
          const rejection = this.rejectWith({ to });
          if (rejection) {
            const error = new Error(rejection.message) as Error & { responseCode: number };
            error.responseCode = rejection.code;
            return callback(error);
          }
          const raw = Buffer.concat(chunks).toString('utf8');
          const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
          this.store(raw, from, to).then(() => callback(), callback);
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      this.smtp!.once('error', reject);
      this.smtp!.listen(this.smtpPort, '127.0.0.1', () => resolve());
    });
    // A client that goes away mid-session (a killed worker) is its problem, not the server's.
    this.smtp.on('error', () => undefined);
    if (this.httpPort) {
      this.http = createServer((req, res) => {
        if (req.url?.startsWith('/api/messages')) {
          res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
          res.end(JSON.stringify(this.messages));
          return;
        }
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(renderInbox(this.messages));
      });
      await new Promise<void>((resolve) => this.http!.listen(this.httpPort, '127.0.0.1', () => resolve()));
    }
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.smtp ? this.smtp.close(() => resolve()) : resolve()));
    this.http?.closeAllConnections(); // the inbox page keeps a connection open while it refreshes
    await new Promise<void>((resolve) => (this.http ? this.http.close(() => resolve()) : resolve()));
  }

  clear(): void {
    this.messages.length = 0;
  }

  /** Resolves when `predicate` holds for the caught messages; rejects after `timeoutMs`. */
  async waitFor(predicate: (messages: CaughtMail[]) => boolean, timeoutMs = 15_000): Promise<CaughtMail[]> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this.messages)) {
      const remaining = deadline - Date.now();
      if (remaining <= 0)
        throw new Error(`Timed out waiting for mail; have ${this.messages.length} message(s)`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(remaining, 250));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.messages;
  }

  private async store(raw: string, envelopeFrom: string, envelopeTo: string[]): Promise<void> {
    const parsed: Email = await PostalMime.parse(raw);
    this.messages.push({
      id: this.messages.length + 1,
      receivedAt: new Date().toISOString(),
      envelopeFrom,
      envelopeTo,
      subject: parsed.subject ?? '',
      from: parsed.from?.address ?? '',
      to: (parsed.to ?? []).map((address) => address.address ?? '').filter(Boolean),
      text: parsed.text ?? '',
      html: parsed.html ?? '',
      attachments: parsed.attachments.map((attachment) => ({
        filename: attachment.filename,
        contentType: attachment.mimeType,
        content:
          typeof attachment.content === 'string'
            ? attachment.content
            : Buffer.from(attachment.content as ArrayBuffer).toString('utf8'),
      })),
      raw,
    });
    for (const wake of this.waiters.splice(0)) wake();
  }
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function renderInbox(messages: CaughtMail[]): string {
  const rows = [...messages]
    .reverse()
    .map(
      (
        m,
      ) => `<article><h2>${escapeHtml(m.subject)}</h2><p><strong>Til:</strong> ${escapeHtml(m.envelopeTo.join(', '))}
<br><strong>Modtaget:</strong> ${escapeHtml(m.receivedAt)}</p><pre>${escapeHtml(m.text)}</pre>
${m.attachments.map((a) => `<details><summary>${escapeHtml(a.filename ?? a.contentType)}</summary><pre>${escapeHtml(a.content)}</pre></details>`).join('')}</article>`,
    )
    .join('<hr>');
  return `<!doctype html><html lang="da"><head><meta charset="utf-8"><meta http-equiv="refresh" content="5">
<title>Lokal indbakke — Sparringsportalen</title><style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}pre{white-space:pre-wrap;background:#f5f5f5;padding:1rem}</style></head>
<body><main><h1>Lokal indbakke (${messages.length})</h1><p>Alle e-mails, som platformen sender lokalt, lander her. Intet sendes ud.</p>${rows || '<p>Ingen e-mails endnu.</p>'}</main></body></html>`;
}
