import { seriesRuleFieldError } from './series-rule-errors';
import { validateSeriesRule } from './time';

describe('seriesRuleFieldError', () => {
  it('names the field in Danish for every problem a series rule can have', () => {
    const problems = [
      ...validateSeriesRule({
        weekday: 9 as never,
        startTime: '25:00',
        intervalWeeks: 0,
        startsOn: '2027-02-30',
      }),
      ...validateSeriesRule({
        weekday: 2,
        startTime: '09:00',
        intervalWeeks: 1,
        startsOn: '2027-03-16',
        endsOn: 'x',
      }),
      ...validateSeriesRule({
        weekday: 2,
        startTime: '09:00',
        intervalWeeks: 1,
        startsOn: '2027-03-16',
        endsOn: '2027-03-01',
      }),
    ];
    expect(problems.map(seriesRuleFieldError)).toEqual([
      { field: 'weekday', message: 'Ugedagen skal være et tal fra 1 (mandag) til 7 (søndag).' },
      { field: 'startTime', message: 'Starttidspunktet skal være et klokkeslæt fra 00:00 til 23:59.' },
      { field: 'intervalWeeks', message: expect.stringMatching(/^Intervallet skal være et helt antal uger/) },
      { field: 'startsOn', message: 'Startdatoen skal være en dato, der findes (ÅÅÅÅ-MM-DD).' },
      { field: 'endsOn', message: 'Slutdatoen skal være en dato, der findes (ÅÅÅÅ-MM-DD).' },
      { field: 'endsOn', message: 'Slutdatoen må ikke ligge før startdatoen.' },
    ]);
  });
});
