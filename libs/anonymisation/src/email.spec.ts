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

  it.each([
    ['mor [at] gmail dot com', 'Skriv til mor [at] gmail dot com.'],
    ['lise snabel-a hotmail punktum dk', 'Mail: lise snabel-a hotmail punktum dk'],
    ['HENRIK AT MAIL DOT DK', 'Far: HENRIK AT MAIL DOT DK'],
    ['far @ gmail . com', 'Send til far @ gmail . com'],
    [
      'kirsten punktum hansen snabel-a gmail punktum com',
      'Mor: kirsten punktum hansen snabel-a gmail punktum com',
    ],
  ])('finds the spelled-out address %s', (address, text) => {
    expect(check(text)).toEqual([['email', address]]);
  });

  it.each(['Hun lærer at læse. De voksne hjælper.', 'Han prøver at huske. Se bilag.'])(
    'does not take "at" + a word + a full stop for an address: %s',
    (text) => {
      expect(check(text)).toEqual([]);
    },
  );
});
