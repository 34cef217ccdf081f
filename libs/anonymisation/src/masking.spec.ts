import { maskEmail, maskExcerpt, maskNumber, maskWords } from './masking';

describe('masking excerpts', () => {
  const sut = maskExcerpt;

  it.each([
    ['cpr', '120316-1234', '12****-**34'],
    ['cpr', '150643-0SJ1', '15****-0**1'],
    ['phone', '12345678', '12****78'],
    ['phone', '+45 12 34 56 78', '+45 ** ** ** 78'],
    ['birthdate', '3/4-2017', '3/*-***7'],
    ['name', 'Peter Hansen', 'P**** H*****'],
    ['name', 'Anne-Marie', 'A***-M****'],
    ['name', 'Bo', 'B*'],
    ['address', 'Skovvej 12, 2. tv', 'S****** 1*, 2. t*'],
    ['postcode', '8000 Aarhus C', '8*** A***** C'],
    ['email', 'hanne.jensen@gmail.com', 'h***********@g****.com'],
    ['email', 'mor (at) live.dk', 'm** (at) l***.dk'],
    ['other', '2024-58812', '2***-5****'],
  ] as const)('masks a %s: %s → %s', (type, hit, expected) => {
    expect(sut(type, hit)).toBe(expected);
  });

  it('never returns the hit itself, even for one-character words and short numbers', () => {
    expect(maskWords('A')).toBe('*');
    expect(maskNumber('1/3')).toBe('*/*');
    expect(sut('email', 'a@b.dk')).toBe('*@*.**');
    expect(maskEmail('hanne@b.dk')).toBe('h****@b.dk');
  });
});
