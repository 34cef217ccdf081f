import { isWorkingDay, workingDaysBefore } from './working-days';

describe('working days', () => {
  it('are Monday to Friday without public holidays and the chosen closing days', () => {
    expect(isWorkingDay('2027-03-10')).toBe(true); // Wednesday
    expect(isWorkingDay('2027-03-13')).toBe(false); // Saturday
    expect(isWorkingDay('2027-03-25')).toBe(false); // Skærtorsdag
    expect(isWorkingDay('2027-12-24')).toBe(true); // Christmas Eve, a Friday, is no public holiday …
    expect(isWorkingDay('2027-12-24', ['christmas_eve'])).toBe(false); // … but a closing day when chosen
  });

  it.each([
    ['2027-03-11', 2, '2027-03-09'], // Thursday → Tuesday
    ['2027-03-15', 2, '2027-03-11'], // Monday → Thursday, over the weekend
    ['2027-03-30', 2, '2027-03-23'], // Tuesday after Easter → Tuesday the week before (4 holidays skipped)
    ['2027-03-14', 1, '2027-03-12'], // a Sunday session counts back from the Friday
    ['2027-03-11', 0, '2027-03-11'],
  ])('%s minus %i working days is %s', (date, count, expected) => {
    expect(workingDaysBefore(date, count)).toBe(expected);
  });

  it('skips closing days only when they are configured', () => {
    expect(workingDaysBefore('2027-12-28', 2, ['christmas_eve'])).toBe('2027-12-23');
    expect(workingDaysBefore('2027-12-28', 2, [])).toBe('2027-12-24');
  });

  it('refuses a negative or fractional count', () => {
    expect(() => workingDaysBefore('2027-03-11', -1)).toThrow(RangeError);
    expect(() => workingDaysBefore('2027-03-11', 1.5)).toThrow(RangeError);
  });
});
