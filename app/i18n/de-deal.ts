// German texts of the deal section; same keys as en-deal.ts.
import type { DealTexts } from './en-deal';

/** Zoho's standard deal fields as German names them (the same words as the review's deal sentence). */
const FIELD_NAMES: Record<string, string> = {
  Deal_Name: 'Abschlussname',
  Closing_Date: 'Abschlussdatum',
  Pipeline: 'Pipeline',
  Stage: 'Phase',
  Amount: 'Betrag',
  Contact_Role: 'Kontaktrolle',
  Probability: 'Wahrscheinlichkeit (%)',
  Lead_Source: 'Lead-Quelle',
  Type: 'Typ',
  Next_Step: 'Nächster Schritt',
  Description: 'Beschreibung',
};

export const deDeal: DealTexts = {
  loadingDeal: 'Abschlussfelder werden geladen…',
  dealMetadataFailed: 'Die Abschlussfelder konnten nicht geladen werden.',
  dealSection: 'Abschluss',
  createDeal: 'Abschluss anlegen',
  optionalHint: '(optional)',
  noneOption: '— Keine —',
  chooseOption: '— Auswählen —',
  fieldName: (apiName, label) => FIELD_NAMES[apiName] ?? label,
};
