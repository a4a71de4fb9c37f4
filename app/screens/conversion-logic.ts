// What the single-lead page runs but the widget does not need before its first CRM request: the edit step's
// rules (the deal form from the layouts, checks, deal defaults, deal validation, the check of a saved draft),
// the convert flow with its mutations, and the merge's hooks (records read for the field diff, search, the
// updates after converting). One chunk, downloaded at boot in parallel with the CRM reads
// (preloadSingleLeadChunks), normally here long before the lead and its matches: the first load stays small,
// so the reads start sooner, and the page does not wait for it.
export { checkConversion } from '../domain/check-conversion';
export { defaultDealValues } from '../domain/deal-defaults';
export { buildDealSetup } from '../domain/deal-setup';
export { pickDealsLayoutId } from '../domain/deals-layout';
export { restoreDraft } from '../domain/restore-draft';
export { validateDeal } from '../domain/validate-deal';
export { useConvertFlow } from './use-convert-flow';
export { withSearchedRecords } from '../domain/merge/with-searched-records';
export { focusTarget, problemTarget } from './focus-target';
export { useMergeFollowUp } from './use-merge-follow-up';
export { useMergeRecords } from './use-merge-records';
export { useRecordSearch } from './use-record-search';
