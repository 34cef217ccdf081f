import { parseWholeNumber } from '../src/format/validation';

describe('parseWholeNumber (numbers of children as people type them)', () => {
  it.each([
    ['4512', 4512],
    ['4.512', 4512],
    ['4 512', 4512],
    ['4\u00a0512', 4512],
    [' 78.000 ', 78000],
    ['1.234.567', 1234567],
    ['0', 0],
  ])('reads %p as %p', (text, value) => {
    expect(parseWholeNumber(text)).toBe(value);
  });

  it.each(['4,5', '4,512', '45.12', '4.5', '-4', '4512.', '.512', '4..512', 'fire', '', '1e3', '4 51'])(
    'refuses %p',
    (text) => {
      expect(parseWholeNumber(text)).toBeNull();
    },
  );
});
