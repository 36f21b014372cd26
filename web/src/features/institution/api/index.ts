/** What other features may use of the institution feature's data layer. */
export { useChecklistTitles, useInstitution, useRound, useRounds } from './queries';
