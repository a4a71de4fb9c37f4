// The deal section's texts (its own chunk).
export const enDeal = {
  loadingDeal: 'Loading the deal fields…',
  dealMetadataFailed: 'The deal fields could not be loaded.',
  dealSection: 'Deal',
  createDeal: 'Create a deal',
  optionalHint: '(optional)',
  noneOption: '— None —',
  chooseOption: '— Choose —',
  /** A standard deal field under its standard English name, in the rep's language (English: as Zoho or the widget named it). */
  fieldName: (_apiName: string, label: string) => label,
};

export type DealTexts = typeof enDeal;
