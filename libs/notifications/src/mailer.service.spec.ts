import { AppConfig } from '@app/config';
import { freePort } from '../../../scripts/local/free-port';
import { MailCatcher } from '../../../scripts/local/mail-catcher';
import { MailerService, PermanentSmtpError, SmtpUnavailableError } from './mailer.service';

/** The mailer against a real SMTP server (the project's catcher) and a port nobody listens on. */
describe('MailerService', () => {
  const mail = { to: 'ppr@kommune.dk', subject: 'Emne', text: 'Tekst', html: '<p>Tekst</p>' };
  const mailerFor = (smtpUrl: string) =>
    new MailerService({ smtpUrl, mailFrom: 'sparring@sparringsportalen.local' } as AppConfig);
  let catcher: MailCatcher;

  beforeAll(async () => {
    catcher = await new MailCatcher(await freePort()).start();
  });
  afterAll(() => catcher.stop());

  it('sends with the Message-ID it is given, so a repeated delivery is the same message', async () => {
    const mailer = mailerFor(catcher.smtpUrl);
    await mailer.send({ ...mail, messageId: '<fast-id-1@sparringsportalen.local>' });
    await mailer.onModuleDestroy();
    const [caught] = await catcher.waitFor((m) => m.some((x) => x.raw.includes('fast-id-1')));
    expect(caught.raw).toMatch(/^Message-ID: <fast-id-1@sparringsportalen\.local>/im);
  });

  it('calls a refused connection "server unavailable", not a failure of the mail', async () => {
    const mailer = mailerFor(`smtp://127.0.0.1:${await freePort()}`);
    await expect(mailer.send({ ...mail, messageId: '<x@y>' })).rejects.toBeInstanceOf(SmtpUnavailableError);
  });

  it('keeps 451 a temporary failure of the mail and 550 a permanent one', async () => {
    const mailer = mailerFor(catcher.smtpUrl);
    catcher.rejectWith = () => ({ code: 451, message: 'Try again later' });
    const temporary = await mailer.send({ ...mail, messageId: '<a@b>' }).catch((error: unknown) => error);
    expect(temporary).toBeInstanceOf(Error);
    expect(temporary).not.toBeInstanceOf(SmtpUnavailableError);
    expect(temporary).not.toBeInstanceOf(PermanentSmtpError);
    catcher.rejectWith = () => ({ code: 550, message: 'No such user' });
    await expect(mailer.send({ ...mail, messageId: '<c@d>' })).rejects.toBeInstanceOf(PermanentSmtpError);
    catcher.rejectWith = () => null;
    await mailer.onModuleDestroy();
  });
});
