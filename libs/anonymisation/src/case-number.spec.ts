import { AnonymisationChecker } from './anonymisation-checker';
import { hits } from './testing/hits';

describe('case and journal numbers', () => {
  const sut = new AnonymisationChecker();
  const check = (text: string) => hits(text, sut.check(text));

  it.each([
    ['Sagen ligger under 27.24.00-A00-12-23.', '27.24.00-A00-12-23'],
    ['Registreret som BFU-2024-17781.', 'BFU-2024-17781'],
    ['Sagsnr. 2023-004512 bedes angivet.', '2023-004512'],
    ['Jf. journalnr. 88/2231.', '88/2231'],
    ['Vores sags-id er SOC-2025-00391.', 'SOC-2025-00391'],
  ])('finds the number in "%s"', (text, number) => {
    expect(check(text)).toEqual([['case_number', number]]);
  });

  it.each([
    'ICD-10: F84.0.',
    'WISC-V og DSM-5.',
    'Bevilling efter § 52, stk. 3, nr. 3.',
    'Fravær 2023/2024: 18 %.',
  ])('leaves "%s" alone', (text) => {
    expect(check(text)).toEqual([]);
  });
});
