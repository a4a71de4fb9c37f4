// German texts of the deal section; same keys as en-deal.ts.
import type { DealTexts } from './en-deal';

export const deDeal: DealTexts = {
  loadingDeal: 'Abschlussfelder werden geladen…',
  dealMetadataFailed: 'Die Abschlussfelder konnten nicht geladen werden.',
  dealSection: 'Abschluss',
  createDeal: 'Abschluss anlegen',
  optionalHint: '(optional)',
  noneOption: '— Keine —',
  chooseOption: '— Auswählen —',
};
