export { AnonymisationChecker, checkAnonymity, warmUpAnonymityCheck } from './anonymisation-checker';
export { suggestionFor } from './suggestions';
export { FINDING_TYPES } from './types';
export type { AnonymisationFinding, AnonymisationResult, FindingType } from './types';
