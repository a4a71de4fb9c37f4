// German reason texts of the bulk engine (row reasons, result reasons, CSV headers); same keys as en-bulk-reasons.ts.
import type { BulkReasonTexts } from './en-bulk-reasons';

export const deBulkReasons: BulkReasonTexts = {
  csvHeader: ['Lead-ID', 'Name', 'Unternehmen', 'Ergebnis', 'Art', 'Grund', 'Kontakt-ID', 'Firmen-ID', 'Abschluss-ID'],
  ineligible: {
    converted: 'Bereits konvertiert',
    'not-approved': 'Nicht genehmigt',
    locked: 'Gesperrt',
    'in-merge': 'Eine Zusammenführung läuft',
    'no-contacts-module': 'Das Modul Kontakte ist nicht verfügbar',
  },
  contactMatch: (count) => `Passt zu ${count} vorhandenen ${count === 1 ? 'Kontakt' : 'Kontakten'}`,
  accountMatch: (count) => `Passt zu ${count} vorhandenen ${count === 1 ? 'Firma' : 'Firmen'}`,
  leadNotFound: 'Der Lead wurde nicht gefunden (gelöscht oder für Sie nicht sichtbar)',
  readFailed: (what, message) => `${what === 'lead' ? 'Der Lead' : 'Die Konvertierungsoptionen'} konnte${what === 'lead' ? '' : 'n'} nicht gelesen werden: ${message}`,
  previousAttemptFailed: (message) => `Letzter Versuch fehlgeschlagen: ${message}`,
  skipped: 'Beim Prüfen übersprungen',
  blocked: 'Nicht konvertiert: braucht eine Entscheidung oder hat ungültige Auswahlen',
  massNotConverted: (state) => `Die Massenkonvertierung hat ihn nicht konvertiert (${state})`,
  massJobFailed: 'Der Massenkonvertierungs-Auftrag ist fehlgeschlagen',
  submitFailed: (message) => `Der Massenkonvertierungs-Auftrag konnte nicht übermittelt werden: ${message}`,
  singleFailed: (code, message) => `${code}: ${message}`,
  notReadBack: 'Der Lead konnte zur Bestätigung des Ergebnisses nicht erneut gelesen werden',
  runInterrupted: 'Der Lauf wurde unterbrochen, bevor dieser Lead konvertiert wurde',
  leadState: {
    open: 'Lead noch offen; er passt eventuell zu einem vorhandenen Datensatz',
    locked: 'Lead ist gesperrt',
    'not-approved': 'Lead ist nicht genehmigt',
    'in-merge': 'Lead wird gerade zusammengeführt',
    missing: 'Lead nicht mehr gefunden',
  },
};
