import { AnonymisationChecker } from './anonymisation-checker';
import { hits } from './testing/hits';

describe('handles, profile addresses, UNI-login and number plates', () => {
  const sut = new AnonymisationChecker();
  const check = (text: string) => hits(text, sut.check(text));

  it.each([
    ['Hun skriver som @sofie_2011.', 'handle', '@sofie_2011'],
    ['Profilen instagram.com/liva.dans er offentlig.', 'handle', 'instagram.com/liva.dans'],
    ['Se https://www.tiktok.com/@malthe.m10 i dag.', 'handle', 'https://www.tiktok.com/@malthe.m10'],
    ['Hans snap er emil_2013.', 'handle', 'emil_2013'],
    ['Discord: lucas#4417', 'handle', 'lucas#4417'],
    ['Hans UNI-login er emil4521.', 'handle', 'emil4521'],
    ['Unilogin brugernavn: idah3310', 'handle', 'idah3310'],
    ['Bilen har nummerpladen AB 12 345.', 'plate', 'AB 12 345'],
    ['Varevognen EK-33-541 holder der.', 'plate', 'EK-33-541'],
    ['Reg.nr. DK12345.', 'plate', 'DK12345'],
  ])('finds "%s"', (text, type, value) => {
    expect(check(text)).toEqual([[type, value]]);
  });

  it.each([
    'Hun er meget på Instagram: hun poster billeder hver dag.',
    'Han har glemt sit UNI-login flere gange.',
    'Han spiller Minecraft og Roblox.',
    'WISC-V og ADOS-2 er gennemført.',
  ])('leaves "%s" alone', (text) => {
    expect(check(text)).toEqual([]);
  });
});
