import { AnonymisationChecker } from './anonymisation-checker';
import { normaliseText } from './normalised-text';

describe('normalised text', () => {
  it('leaves plain Danish text as it is, offsets unchanged', () => {
    const sut = normaliseText('Pigen på 9 år går i skole.');
    expect(sut.text).toBe('Pigen på 9 år går i skole.');
    expect(sut.originalStart(6)).toBe(6);
    expect(sut.originalEnd(8)).toBe(8);
  });

  it.each([
    ['full-width digits', '０１１１１７－６０２７', '011117-6027'],
    ['Arabic-Indic digits', '٠١١١١٧-٦٠٢٧', '011117-6027'],
    ['Extended Arabic-Indic digits', '۰۱۱۱۱۷-۶۰۲۷', '011117-6027'],
    ['Devanagari digits', '०११११७-६०२७', '011117-6027'],
    ['zero-width space and soft hyphen', '0111\u200b17-60\u00ad27', '011117-6027'],
    ['word joiner and BOM', '\ufeff0111\u206017', '011117'],
    ['no-break and thin spaces', '12\u00a003\u200916', '12 03 16'],
    ['compatibility ligature', 'ﬁnn', 'finn'],
    ['a combining accent', 'Rene\u0301', 'René'],
  ])('normalises %s', (_, original, normalised) => {
    expect(normaliseText(original).text).toBe(normalised);
  });

  it('maps every normalised character back to the original stretch it came from', () => {
    const original = 'Cpr: ٠١\u200b١١١٧-٦٠٢٧.';
    const sut = normaliseText(original);
    expect(sut.text).toBe('Cpr: 011117-6027.');
    const start = sut.text.indexOf('011117');
    const end = start + '011117-6027'.length;
    expect(original.slice(sut.originalStart(start), sut.originalEnd(end))).toBe('٠١\u200b١١١٧-٦٠٢٧');
    // Plain text around the normalised stretch maps one to one.
    expect(sut.originalStart(0)).toBe(0);
    expect(original.slice(sut.originalStart(end), sut.originalEnd(end + 1))).toBe('.');
  });

  it('maps a unit that grows ("ﬁ" → "fi") and a composed one as a whole', () => {
    const original = 'Hej ﬁ og Rene\u0301!';
    const sut = normaliseText(original);
    expect(sut.text).toBe('Hej fi og René!');
    const fi = sut.text.indexOf('fi');
    expect(original.slice(sut.originalStart(fi), sut.originalEnd(fi + 2))).toBe('ﬁ');
    const rene = sut.text.indexOf('René');
    expect(original.slice(sut.originalStart(rene), sut.originalEnd(rene + 4))).toBe('Rene\u0301');
  });

  describe('findings of the checker', () => {
    const sut = new AnonymisationChecker();

    it.each([
      'Barnets cpr er ０９０３１５－２２４８, står der.',
      'Mor har skrevet cpr ١٢٠٦١٤-٣٣٨٥ i formularen.',
      'CPR 2310\u200b16-40\u200b12 er kopieret.',
      'Cpr-nummer: 05\u00ad07\u00ad13\u00ad-\u00ad1934.',
    ])('point at the original text: %s', (text) => {
      const [finding] = sut.check(text).findings;
      expect(finding.type).toBe('cpr');
      const hit = text.slice(finding.start, finding.end);
      // The whole number as written, with its invisible characters, and nothing around it.
      expect(hit.normalize('NFKC').replace(/\p{Cf}/gu, '')).toMatch(/^\S.*\S$/u);
      expect(text.slice(0, finding.start)).toMatch(/[ :]$/);
      expect(text.slice(finding.end)).toMatch(/^[ ,.]/);
      expect(finding.excerpt).not.toBe(hit);
    });
  });
});
