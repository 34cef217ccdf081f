import { assertionFacts, issuerOf, MetadataError, parseIdpMetadata, recipientsOf } from './saml-metadata';

const CERT = 'MIIC0zCCAbugAwIBAgIJAKexample';
const metadata = (inner: string) =>
  `<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="https://saml.nemlog-in.dk">
    <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">${inner}</md:IDPSSODescriptor>
  </md:EntityDescriptor>`;
const key = (use: string) =>
  `<md:KeyDescriptor use="${use}"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>
    ${CERT}
  </ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>`;
const REDIRECT = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect';
const POST = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST';

describe('parseIdpMetadata', () => {
  it('reads entityID, the redirect endpoints and the signing certificates (not the encryption one)', () => {
    const parsed = parseIdpMetadata(
      metadata(`${key('signing')}${key('encryption').replace(CERT, 'ENCRYPTIONCERT')}
        <md:SingleLogoutService Binding="${POST}" Location="https://idp/slo-post"/>
        <md:SingleLogoutService Binding="${REDIRECT}" Location="https://idp/slo"/>
        <md:SingleSignOnService Binding="${POST}" Location="https://idp/sso-post"/>
        <md:SingleSignOnService Binding="${REDIRECT}" Location="https://idp/sso"/>`),
    );
    expect(parsed).toEqual({
      entityId: 'https://saml.nemlog-in.dk',
      ssoUrl: 'https://idp/sso',
      sloUrl: 'https://idp/slo',
      signingCerts: [CERT],
    });
  });

  it('refuses what is not usable metadata, in Danish', () => {
    expect(() => parseIdpMetadata('<not xml')).toThrow(MetadataError);
    expect(() =>
      parseIdpMetadata('<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="x"/>'),
    ).toThrow(/identitetsudbyder/);
    expect(() => parseIdpMetadata(metadata(key('signing')))).toThrow(/SingleSignOnService/);
    expect(() =>
      parseIdpMetadata(
        metadata(`<md:SingleSignOnService Binding="${REDIRECT}" Location="https://idp/sso"/>`),
      ),
    ).toThrow(/signeringscertifikat/);
  });
});

describe('message helpers', () => {
  const response = `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">
    <saml:Issuer>https://idp</saml:Issuer>
    <saml:Assertion ID="_a1"><saml:Issuer>https://other</saml:Issuer>
      <saml:Subject><saml:SubjectConfirmation><saml:SubjectConfirmationData Recipient="https://sp/acs" NotOnOrAfter="2030-01-01T00:05:00Z"/></saml:SubjectConfirmation></saml:Subject>
      <saml:Conditions NotOnOrAfter="2030-01-01T00:10:00Z"/>
    </saml:Assertion></samlp:Response>`;

  it('reads the top-level Issuer, the assertion id, its latest NotOnOrAfter and the recipients', () => {
    expect(issuerOf(response)).toBe('https://idp');
    expect(assertionFacts(response)).toEqual({ id: '_a1', notOnOrAfter: new Date('2030-01-01T00:10:00Z') });
    expect(recipientsOf(response)).toEqual(['https://sp/acs']);
    expect(issuerOf('garbage')).toBeNull();
  });
});
