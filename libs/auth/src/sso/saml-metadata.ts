import { DOMParser } from '@xmldom/xmldom';
import * as xpath from 'xpath';

const REDIRECT = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect';
const select = xpath.useNamespaces({
  md: 'urn:oasis:names:tc:SAML:2.0:metadata',
  ds: 'http://www.w3.org/2000/09/xmldsig#',
});

export interface IdpMetadata {
  entityId: string;
  ssoUrl: string;
  sloUrl: string | null;
  /** Base64 DER, as in the metadata. */
  signingCerts: string[];
}

export class MetadataError extends Error {}

/**
 * Reads what the service provider needs from an identity provider's SAML metadata: its entityID,
 * the HTTP-Redirect SingleSignOnService and SingleLogoutService, and its signing certificates.
 * (Reading, not verifying: signatures on what the IdP sends are checked by node-saml.)
 */
export function parseIdpMetadata(xml: string): IdpMetadata {
  let doc: Document;
  try {
    const errors: string[] = [];
    doc = new DOMParser({
      errorHandler: { error: (m: string) => errors.push(m), fatalError: (m: string) => errors.push(m) },
    }).parseFromString(xml, 'text/xml') as unknown as Document;
    if (errors.length) throw new MetadataError('not well-formed XML');
  } catch {
    throw new MetadataError('Metadata er ikke gyldig XML.');
  }
  const entity = select('//md:EntityDescriptor[md:IDPSSODescriptor][1]', doc, true) as Element | undefined;
  const entityId = entity?.getAttribute('entityID');
  if (!entity || !entityId)
    throw new MetadataError('Metadata indeholder ingen identitetsudbyder (IDPSSODescriptor).');
  const idp = select('md:IDPSSODescriptor', entity, true) as Element;
  const location = (service: string): string | null => {
    const node = select(`md:${service}[@Binding='${REDIRECT}'][1]`, idp, true) as Element | undefined;
    return node?.getAttribute('Location') || null;
  };
  const ssoUrl = location('SingleSignOnService');
  if (!ssoUrl) throw new MetadataError('Metadata har ingen SingleSignOnService med HTTP-Redirect.');
  const certs = (
    select(
      `md:KeyDescriptor[not(@use) or @use='signing']/ds:KeyInfo/ds:X509Data/ds:X509Certificate`,
      idp,
    ) as Element[]
  )
    .map((node) => (node.textContent ?? '').replace(/\s+/g, ''))
    .filter(Boolean);
  if (certs.length === 0) throw new MetadataError('Metadata har intet signeringscertifikat.');
  return { entityId, ssoUrl, sloUrl: location('SingleLogoutService'), signingCerts: [...new Set(certs)] };
}

/** The Issuer of a SAML protocol message (unverified: only used to choose whose keys verify it). */
export function issuerOf(xml: string): string | null {
  try {
    const doc = new DOMParser({ errorHandler: {} }).parseFromString(xml, 'text/xml');
    const node = xpath.select1(
      "/*/*[local-name()='Issuer' and namespace-uri()='urn:oasis:names:tc:SAML:2.0:assertion']",
      doc as unknown as Node,
    ) as Element | undefined;
    return node?.textContent?.trim() || null;
  } catch {
    return null;
  }
}

/** Id and latest NotOnOrAfter of the (verified) assertion, for the replay store. */
export function assertionFacts(xml: string): { id: string | null; notOnOrAfter: Date | null } {
  try {
    const doc = new DOMParser({ errorHandler: {} }).parseFromString(xml, 'text/xml') as unknown as Node;
    const assertion = xpath.select1("//*[local-name()='Assertion']", doc) as Element | undefined;
    const times = (xpath.select('//@NotOnOrAfter', doc) as Attr[])
      .map((attr) => new Date(attr.value))
      .filter((date) => !Number.isNaN(date.getTime()));
    return {
      id: assertion?.getAttribute('ID') || null,
      notOnOrAfter: times.length ? new Date(Math.max(...times.map((t) => t.getTime()))) : null,
    };
  } catch {
    return { id: null, notOnOrAfter: null };
  }
}

/** The Recipient of every SubjectConfirmationData in an assertion. */
export function recipientsOf(xml: string): string[] {
  try {
    const doc = new DOMParser({ errorHandler: {} }).parseFromString(xml, 'text/xml') as unknown as Node;
    return (xpath.select("//*[local-name()='SubjectConfirmationData']/@Recipient", doc) as Attr[]).map(
      (attr) => attr.value,
    );
  } catch {
    return [];
  }
}
