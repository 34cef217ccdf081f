import { AnonymisationChecker } from './anonymisation-checker';
import { hits } from './testing/hits';

describe('named institutions', () => {
  const sut = new AnonymisationChecker();
  const check = (text: string) => hits(text, sut.check(text));

  it.each([
    ['Han går i 4.B på Skåde Skole.', 'Skåde Skole'],
    ['Hun går på Langagerskolen.', 'Langagerskolen'],
    ['Hun går i børnehaven Mælkebøtten.', 'børnehaven Mælkebøtten'],
    ['Han går i SFO Solsikken.', 'SFO Solsikken'],
    ['Han starter på Frijsenborg Efterskole.', 'Frijsenborg Efterskole'],
    ['Familien kommer i Sabro Kirke.', 'Sabro Kirke'],
    ['Hun spiller i Brabrand IF.', 'Brabrand IF'],
    ['Far arbejder hos Grundfos.', 'Grundfos'],
    ['Mor er ansat i Netto.', 'Netto'],
    ['H.C. Andersen Skolen ligger tæt på.', 'H.C. Andersen Skolen'],
  ])('finds the institution in "%s"', (text, institution) => {
    expect(check(text)).toEqual([['institution', institution]]);
  });

  it.each([
    'Han går i en almindelig folkeskole.',
    'Specialskolen har en venteliste.',
    'Naturbørnehaven passer ham godt.',
    'Hans skole har ringet.',
    'Mor arbejder i hjemmeplejen.',
    'Far arbejder i Aarhus Kommune.',
    'Pigen går til svømning i Aarhus Svømmeklub.',
    'Mor er ansat i BUP.',
  ])('leaves "%s" alone', (text) => {
    expect(check(text)).toEqual([]);
  });

  it('suggests a rewrite that fits the kind of institution', () => {
    const suggestions = (text: string) => sut.check(text).findings.map((finding) => finding.suggestion);
    expect(suggestions('Hun går på Langagerskolen.')).toEqual(['en skole i kommunen']);
    expect(suggestions('Hun går i børnehaven Mælkebøtten.')).toEqual(['en børnehave i kommunen']);
    expect(suggestions('Far arbejder hos Grundfos.')).toEqual(['en arbejdsplads i området']);
  });
});
