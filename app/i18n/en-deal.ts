// The deal section's texts (its own chunk).
export const enDeal = {
  loadingDeal: 'Loading the deal fields…',
  dealMetadataFailed: 'The deal fields could not be loaded.',
  dealSection: 'Deal',
  createDeal: 'Create a deal',
  optionalHint: '(optional)',
  noneOption: '— None —',
  chooseOption: '— Choose —',
};

export type DealTexts = typeof enDeal;
