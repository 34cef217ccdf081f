export { assertAnonymousFreeText, screenFreeText } from './free-text-screening';
export type { FieldFinding, FreeTextField } from './free-text-screening';
