// The rules the edit step applies (the deal form from the layouts, checks, deal defaults, deal validation, the
// check of a saved draft): one chunk,
// downloaded at boot in parallel with the CRM reads (preloadSingleLeadChunks), so the first load stays small
// and the page has them by the time the lead and its matches arrive.
export { checkConversion } from '../domain/check-conversion';
export { defaultDealValues } from '../domain/deal-defaults';
export { buildDealSetup } from '../domain/deal-setup';
export { pickDealsLayoutId } from '../domain/deals-layout';
export { restoreDraft } from '../domain/restore-draft';
export { validateDeal } from '../domain/validate-deal';
