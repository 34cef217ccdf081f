import { AnonymisationChecker } from './anonymisation-checker';
import { hits } from './testing/hits';

describe('villages, islands and small towns', () => {
  const sut = new AnonymisationChecker();
  const check = (text: string) => hits(text, sut.check(text));

  it.each([
    ['Familien bor i Sabro.', 'Sabro'],
    ['De er flyttet til Tunø.', 'Tunø'],
    ['Mormor bor i Store Heddinge.', 'Store Heddinge'],
    ['Han tager bussen fra Gjern hver morgen.', 'Gjern'],
    ['Pigen bor med sin mor i Ry.', 'Ry'],
    // A place no list knows, after "bor i": the context says it is where the family lives.
    ['Familien bor i Kvottrup Mark.', 'Kvottrup Mark'],
  ])('finds the place in "%s"', (text, place) => {
    expect(check(text)).toEqual([['place', place]]);
  });

  it.each([
    'Familien bor i Aarhus Kommune.',
    'Familien er flyttet fra Syrien.',
    'Hun er set i BUP i Risskov og på Skejby.',
    'De har sommerhus ved Vesterhavet.',
    'Familien bor i Aarhus.',
    'De bor i et rækkehus.',
  ])('leaves "%s" alone', (text) => {
    expect(check(text)).toEqual([]);
  });
});
