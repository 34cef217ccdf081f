export { AnonymisationChecker, checkAnonymity } from './anonymisation-checker';
export type { AnonymisationFinding, AnonymisationResult, FindingType } from './types';
