// German texts of the options section; same keys as en-options.ts.
import type { OptionsTexts } from './en-options';

export const deOptions: OptionsTexts = {
  loadingOptions: 'Benutzer werden geladen…',
  optionsFailed: 'Die Benutzerliste konnte nicht geladen werden.',
  optionsSection: 'Optionen',
  owner: 'Besitzer der neuen Datensätze',
  notifyLeadOwner: 'Lead-Besitzer benachrichtigen',
  notifyNewOwner: 'Neuen Besitzer benachrichtigen',
  attachmentsTo: 'Anhänge des Leads verschieben nach',
  tagsTo: (module) =>
    `Tags für ${module === 'Contacts' ? 'den neuen Kontakt' : module === 'Accounts' ? 'die neue Firma' : 'den neuen Abschluss'}`,
};
