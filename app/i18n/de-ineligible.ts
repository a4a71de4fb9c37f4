// German texts of why a lead cannot be converted here; same keys as en-ineligible.ts.
import type { IneligibleTexts } from './en-ineligible';

export const deIneligible: IneligibleTexts = {
  title: {
    converted: 'Bereits konvertiert',
    'not-approved': 'Wartet auf Genehmigung',
    locked: 'Gesperrt',
    'in-merge': 'Zusammenführung läuft',
    'no-contacts-module': 'Konvertierung nicht verfügbar',
  },
  reason: {
    converted: { message: 'Dieser Lead wurde bereits konvertiert; es gibt nichts mehr zu konvertieren.', nextStep: 'Die daraus entstandenen Datensätze finden Sie unter Kontakte, Firmen und Abschlüsse.' },
    'not-approved': { message: 'Dieser Lead wartet auf Genehmigung; Zoho CRM konvertiert nur genehmigte Leads.', nextStep: 'Bitten Sie die genehmigende Person, ihn zu genehmigen, und öffnen Sie Lead Convert dann erneut.' },
    locked: { message: 'Dieser Lead ist gesperrt, daher lehnt Zoho CRM die Konvertierung ab.', nextStep: 'Bitten Sie die Person, die ihn gesperrt hat, ihn zu entsperren, und versuchen Sie es dann erneut.' },
    'in-merge': { message: 'Für diesen Lead läuft gerade eine Zusammenführung von Duplikaten.', nextStep: 'Warten Sie einige Minuten, bis sie abgeschlossen ist, und öffnen Sie Lead Convert dann erneut.' },
    'no-contacts-module': { message: 'Leads können hier nicht konvertiert werden: Das Modul Kontakte ist in dieser Organisation nicht verfügbar.', nextStep: 'Bitten Sie Ihren CRM-Administrator, Kontakte unter Setup → Module zu aktivieren.' },
  },
  convertedLinks: 'Daraus wurden diese Datensätze:',
  // German nouns keep their capital letter: "Kontakt öffnen", not "kontakt öffnen".
  openRecordOf: (moduleLabel) => `${moduleLabel} öffnen`,
};
