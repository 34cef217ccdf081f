import { neutralise } from './usage-export';

describe('neutralise', () => {
  it.each(['=1+1', '+45 1234', '-2', '@SUM(A1)', '\tx'])('prefixes %p with an apostrophe', (text) => {
    expect(neutralise(text)).toBe(`'${text}`);
  });
  it('leaves ordinary text alone', () => {
    expect(neutralise('Aarhus')).toBe('Aarhus');
    expect(neutralise('<5')).toBe('<5');
  });
});
