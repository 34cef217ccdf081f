import type { Finding } from '../src/api/types';
import { applyRewrite, followEdit, placeFindings, rewriteOf } from '../src/format/findings';

const finding = (type: Finding['type'], text: string, hit: string, extra: Partial<Finding> = {}): Finding => {
  const start = text.indexOf(hit);
  return { type, start, end: start + hit.length, excerpt: '*', ...extra };
};
const hits = (text: string, findings: Finding[]) => findings.map((f) => text.slice(f.start, f.end));

describe('findings that follow the text (web findings panel)', () => {
  const text = 'Mor Tina ringede fra 20 30 40 50 om Mikke.';
  const all = [
    finding('name', text, 'Tina'),
    finding('phone', text, '20 30 40 50'),
    finding('name', text, 'Mikke'),
  ];

  it('moves findings after an edit and keeps those before it', () => {
    const sut = 'Mor Tina ringede i går fra 20 30 40 50 om Mikke.';
    expect(hits(sut, followEdit(all, text, sut))).toEqual(['Tina', '20 30 40 50', 'Mikke']);
    const appended = `${text} Hvad gør vi?`;
    expect(hits(appended, followEdit(all, text, appended))).toEqual(['Tina', '20 30 40 50', 'Mikke']);
  });

  it('drops a finding the user is editing, and one grown by letters typed right after it', () => {
    const edited = text.replace('20 30 40 50', 'hende');
    expect(hits(edited, followEdit(all, text, edited))).toEqual(['Tina', 'Mikke']);
    const grown = text.replace('Tina', 'Tinas');
    expect(hits(grown, followEdit(all, text, grown))).toEqual(['20 30 40 50', 'Mikke']);
    const spaced = text.replace('Tina', 'Tina,');
    expect(hits(spaced, followEdit(all, text, spaced))).toEqual(['Tina', '20 30 40 50', 'Mikke']);
  });

  it('replaces exactly one span with its rewrite and moves the others', () => {
    const sut = applyRewrite(text, all, all[1], rewriteOf(all[1]));
    expect(sut.text).toBe('Mor Tina ringede fra [telefonnummer fjernet] om Mikke.');
    expect(hits(sut.text, sut.findings)).toEqual(['Tina', 'Mikke']);
  });

  it("prefers the API's suggestion and falls back per kind", () => {
    expect(rewriteOf(finding('name', text, 'Tina', { suggestion: 'moren' }))).toBe('moren');
    expect(rewriteOf(finding('institution', text, 'Tina'))).toBe('en institution i kommunen');
    expect(rewriteOf({ ...all[0], type: 'unknown' as Finding['type'] })).toBe('[oplysning fjernet]');
  });

  it('places findings of a trimmed text onto the field as the user sees it', () => {
    const field = `  ${text}\n`;
    expect(hits(field, placeFindings(all, text, field))).toEqual(['Tina', '20 30 40 50', 'Mikke']);
  });
});
