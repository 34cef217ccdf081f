import { exceedsJsonDepth } from './json-body-parser';

describe('exceedsJsonDepth', () => {
  it('counts nesting outside strings only and stops early', () => {
    expect(exceedsJsonDepth('{"a":[1,{"b":[]}]}', 4)).toBe(false);
    expect(exceedsJsonDepth('{"a":[1,{"b":[]}]}', 3)).toBe(true);
    expect(exceedsJsonDepth('[[[[]]]]', 3)).toBe(true);
    expect(exceedsJsonDepth('{"text":"[[[[[[[[[[\\"[[[["}', 2)).toBe(false);
    expect(exceedsJsonDepth('['.repeat(1_000_000), 32)).toBe(true);
  });
});
