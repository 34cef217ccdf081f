import { randomBytes } from 'node:crypto';
import { createServer, Server } from 'node:http';
import * as xmllint from '@authenio/samlify-node-xmllint';
import * as samlify from 'samlify';
import { generate } from 'selfsigned';
import { freePort } from '../../scripts/local/free-port';

samlify.setSchemaValidator(xmllint);

export const PERSISTENT = 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent';
const REDIRECT = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect';
export const OIOSAML = {
  email: 'https://data.gov.dk/model/core/eid/email',
  loa: 'https://data.gov.dk/concept/core/nsis/loa',
  uuid: 'https://data.gov.dk/model/core/eid/professional/uuid/persistent',
};

/** Who "types in" at the IdP next, and how the IdP should (mis)behave in its answer. */
export interface NextLogin {
  nameId: string;
  attributes: Record<string, string>;
  sessionIndex?: string;
  audience?: string;
  recipient?: string;
  /** Shifts every timestamp of the response (negative: an old, expired answer). */
  shiftMs?: number;
  inResponseTo?: string;
}

export interface TestIdp {
  entityId: string;
  metadataUrl: string;
  metadataXml: string;
  server: Server;
  /** Our SP as this IdP sees it (from our published metadata). */
  sp: samlify.ServiceProviderInstance;
  idp: samlify.IdentityProviderInstance;
  login(next: NextLogin): void;
  /** The last SAMLResponse it produced (base64), for replay and tampering. */
  lastResponse(): string;
  /** A SAMLResponse for an earlier request without any signature (raw template). */
  unsignedResponse(next: NextLogin, inResponseTo: string): string;
  /** The assertion signed by nobody but the message signed (the SP wants signed assertions). */
  responseSignedOnly(next: NextLogin, inResponseTo: string): Promise<string>;
  /** A signed LogoutRequest (HTTP-Redirect URL at our SLO) for a subject. */
  logoutRequestUrl(nameId: string, sessionIndex: string): string;
  close(): Promise<void>;
}

/** Fills a samlify template: plain values escaped by samlify, the two XML fragments as they are. */
function fill(template: string, values: Record<string, string>): string {
  const { AuthnStatement, AttributeStatement, ...plain } = values;
  return samlify.SamlLib.replaceTagsByValue(template, plain)
    .replace('{AuthnStatement}', AuthnStatement)
    .replace('{AttributeStatement}', AttributeStatement);
}

const escape = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function attributeStatement(attributes: Record<string, string>): string {
  const items = Object.entries(attributes)
    .map(
      ([name, value]) =>
        `<saml:Attribute Name="${escape(name)}" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri"><saml:AttributeValue xsi:type="xs:string">${escape(value)}</saml:AttributeValue></saml:Attribute>`,
    )
    .join('');
  return `<saml:AttributeStatement>${items}</saml:AttributeStatement>`;
}

/**
 * A real SAML 2.0 identity provider (samlify in IdP role, its own key and certificate) behind an
 * HTTP server: `/metadata`, `/sso` (HTTP-Redirect: verifies our signed AuthnRequest and answers with
 * the auto-post form a browser would submit) and `/slo`.
 */
export async function startSamlIdp(
  spMetadata: string,
  options: { encryptAssertion?: boolean } = {},
): Promise<TestIdp> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const pems = await generate([{ name: 'commonName', value: `idp-${port}` }], {
    keySize: 2048,
    algorithm: 'sha256',
  });
  const idp = samlify.IdentityProvider({
    entityID: `${base}/idp`,
    privateKey: pems.private,
    signingCert: pems.cert,
    nameIDFormat: [PERSISTENT],
    wantAuthnRequestsSigned: true,
    wantLogoutRequestSigned: true,
    isAssertionEncrypted: options.encryptAssertion ?? false,
    singleSignOnService: [{ Binding: REDIRECT, Location: `${base}/sso` }],
    singleLogoutService: [{ Binding: REDIRECT, Location: `${base}/slo` }],
  });
  const sp = samlify.ServiceProvider({
    metadata: spMetadata,
    wantLogoutRequestSigned: true,
    wantLogoutResponseSigned: true,
  });
  const unsignedSp = samlify.ServiceProvider({
    metadata: spMetadata.replace('WantAssertionsSigned="true"', 'WantAssertionsSigned="false"'),
  });
  const metadataXml = idp.getMetadata();
  let next: NextLogin | null = null;
  let last = '';

  const values = (who: NextLogin, inResponseTo: string): Record<string, string> => {
    const now = Date.now() + (who.shiftMs ?? 0);
    const iso = (offsetMs: number) => new Date(now + offsetMs).toISOString();
    const acs = sp.entityMeta.getAssertionConsumerService(samlify.Constants.wording.binding.post) as string;
    return {
      ID: `_${randomBytes(16).toString('hex')}`,
      AssertionID: `_${randomBytes(16).toString('hex')}`,
      Destination: acs,
      Audience: who.audience ?? sp.entityMeta.getEntityID(),
      SubjectRecipient: who.recipient ?? acs,
      Issuer: idp.entityMeta.getEntityID(),
      IssueInstant: iso(0),
      StatusCode: 'urn:oasis:names:tc:SAML:2.0:status:Success',
      ConditionsNotBefore: iso(-60_000),
      ConditionsNotOnOrAfter: iso(5 * 60_000),
      SubjectConfirmationDataNotOnOrAfter: iso(5 * 60_000),
      NameIDFormat: PERSISTENT,
      NameID: who.nameId,
      InResponseTo: who.inResponseTo ?? inResponseTo,
      AuthnStatement: `<saml:AuthnStatement AuthnInstant="${iso(0)}" SessionIndex="${escape(who.sessionIndex ?? '_s1')}"><saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>`,
      AttributeStatement: attributeStatement(who.attributes),
    };
  };
  const respond = async (
    target: samlify.ServiceProviderInstance,
    who: NextLogin,
    inResponseTo: string,
  ): Promise<string> => {
    const answer = await idp.createLoginResponse(
      target,
      { extract: { request: { id: inResponseTo } } },
      'post',
      { email: '' },
      {
        customTagReplacement: (template: string) => {
          const filled = values(who, inResponseTo);
          return { id: filled.ID, context: fill(template, filled) };
        },
      },
    );
    return answer.context;
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', base);
    const fail = (error: unknown) => {
      res.statusCode = 400;
      res.end(String(error));
    };
    if (url.pathname === '/metadata') {
      res.setHeader('Content-Type', 'application/samlmetadata+xml');
      res.end(metadataXml);
      return;
    }
    const raw = (req.url ?? '').slice((req.url ?? '').indexOf('?') + 1);
    const octetString = raw
      .split('&')
      .filter((part) => !part.startsWith('Signature='))
      .join('&');
    const query = Object.fromEntries(url.searchParams);
    if (url.pathname === '/sso') {
      idp
        .parseLoginRequest(sp, 'redirect', { query, octetString })
        .then(async (parsed) => {
          if (!next) throw new Error('no login prepared');
          const who = next;
          next = null;
          last = await respond(sp, who, String(parsed.extract.request?.id ?? ''));
          res.setHeader('Content-Type', 'text/html');
          res.end(
            `<form method="post" action="${sp.entityMeta.getAssertionConsumerService(samlify.Constants.wording.binding.post)}"><input type="hidden" name="SAMLResponse" value="${last}"/></form>`,
          );
        })
        .catch(fail);
      return;
    }
    if (url.pathname === '/slo') {
      if (query.SAMLResponse) {
        idp
          .parseLogoutResponse(sp, 'redirect', { query, octetString })
          .then(() => res.end('logged out at the IdP'))
          .catch(fail);
        return;
      }
      idp
        .parseLogoutRequest(sp, 'redirect', { query, octetString })
        .then((parsed) => {
          const answer = idp.createLogoutResponse(sp, parsed as never, 'redirect', '');
          res.statusCode = 302;
          res.setHeader('Location', answer.context);
          res.end();
        })
        .catch(fail);
      return;
    }
    res.statusCode = 404;
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));

  return {
    entityId: idp.entityMeta.getEntityID(),
    metadataUrl: `${base}/metadata`,
    metadataXml,
    server,
    sp,
    idp,
    login: (who) => {
      next = who;
    },
    lastResponse: () => last,
    unsignedResponse: (who, inResponseTo) =>
      Buffer.from(
        fill(samlify.SamlLib.defaultLoginResponseTemplate.context, values(who, inResponseTo)),
      ).toString('base64'),
    responseSignedOnly: (who, inResponseTo) => respond(unsignedSp, who, inResponseTo),
    logoutRequestUrl: (nameId, sessionIndex) =>
      idp.createLogoutRequest(sp, 'redirect', { logoutNameID: nameId, sessionIndex } as never).context,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A fresh SP key pair for the platform under test. */
export async function spKeyPair(): Promise<{ privateKey: string; cert: string }> {
  const pems = await generate([{ name: 'commonName', value: 'sparringsportalen-test-sp' }], {
    keySize: 2048,
    algorithm: 'sha256',
  });
  return { privateKey: pems.private, cert: pems.cert };
}
