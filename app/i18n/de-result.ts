// German texts of the result screen; same keys as en-result.ts.
import type { ResultTexts } from './en-result';

export const deResult: ResultTexts = {
  resultTitle: 'Lead konvertiert',
  resultIntro: (lead) => `${lead} ist jetzt:`,
  scheduledTitle: 'Konvertierung geplant',
  scheduledText: 'Zoho hat die Konvertierung angenommen und schließt sie in Kürze ab. Die neuen Datensätze erscheinen gleich beim Lead.',
  openContact: (name) => `Kontakt: ${name}`,
  openAccount: (name) => `Firma: ${name}`,
  openDeal: (name) => `Abschluss: ${name}`,
  noAccountCreated: 'Keine Firma (der Lead hat kein Unternehmen).',
  noDealCreated: 'Es wurde kein Abschluss angelegt.',
  openFailed: 'Zoho CRM hat den Datensatz nicht geöffnet. Öffnen Sie ihn stattdessen über die Lead-Seite.',
  done: 'Fertig',
};
