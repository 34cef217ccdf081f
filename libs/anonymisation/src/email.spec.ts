import { AnonymisationChecker } from './anonymisation-checker';
import { hits } from './testing/hits';

describe('e-mail addresses', () => {
  const sut = new AnonymisationChecker();
  const check = (text: string) => hits(text, sut.check(text));

  it.each([
    'hanne.jensen@gmail.com',
    'peter_h@hotmail.dk',
    'LOTTE.KROGH@AARHUS.DK',
    'mor+skole@firma.co.uk',
    'søren.østergård@post.tele.dk',
    'mor.til.emil (at) outlook.com',
    'far[at]live.dk',
  ])('finds %s', (email) => {
    expect(check(`Skriv til ${email}.`)).toEqual([['email', email]]);
  });

  it('keeps the sentence full stop out and masks all but initials and the top-level domain', () => {
    const text = 'Mail: peter.hansen@gmail.com.';
    expect(sut.check(text).findings).toEqual([
      { type: 'email', start: 6, end: 28, excerpt: 'p***********@g****.com', suggestion: '[e-mail fjernet]' },
    ]);
  });

  it('does not take a handle or an "@" in prose for an address', () => {
    // "@gamer123" is a social-media handle (its own kind), not an e-mail address.
    expect(check('Han følger @gamer123 og skriver "@ alle".')).toEqual([['handle', '@gamer123']]);
  });
});
