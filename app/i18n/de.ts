// German first-load texts; same keys as en.ts (typed with its Texts, so a missing key is a type error).
import { deConversion } from './de-conversion';
import { deDraft } from './de-draft';
import { deResolution } from './de-resolution';
import type { Texts } from './en';

export const de: Texts = {
  appTitle: 'Lead Convert',
  loadingLead: 'Lead und mögliche Duplikate werden geladen…',
  retry: 'Erneut versuchen',
  close: 'Schließen',
  leadCompany: 'Unternehmen',
  leadEmail: 'E-Mail',
  leadPhone: 'Telefon',
  leadOwner: 'Besitzer',
  noValue: '—',
  leadsSelected: (n) => `${n} ${n === 1 ? 'Lead' : 'Leads'} ausgewählt`,
  unsupportedNotLeads: (entity) =>
    `Lead Convert arbeitet mit Leads. Es wurde ${entity ? `auf einem Datensatz aus ${entity}` : 'auf einer Seite ohne Datensatz'} geöffnet, daher gibt es nichts zu konvertieren.`,
  unsupportedNoSelection: 'Wählen Sie mindestens einen Lead in der Liste aus und klicken Sie dann erneut auf die Schaltfläche.',
  unsupportedTooMany: (n, max) =>
    `${n} Leads sind ausgewählt; Lead Convert verarbeitet bis zu ${max} auf einmal. Wählen Sie weniger Leads aus und versuchen Sie es erneut.`,
  bootFailed: 'Lead Convert konnte keine Verbindung zu Zoho CRM herstellen.',
  renderFailed: 'Ein Teil von Lead Convert konnte nicht geladen oder angezeigt werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  bootFailedHint: 'Schließen Sie dieses Fenster und öffnen Sie es erneut. Passiert es weiterhin, fragen Sie Ihren CRM-Administrator.',
  errorTitle: 'Etwas ist schiefgelaufen',
  errors: {
    timeout: 'Zoho CRM hat nicht rechtzeitig geantwortet.',
    network: 'Die Verbindung zu Zoho CRM wurde unterbrochen.',
    rateLimited: 'Zoho CRM ist ausgelastet (gerade zu viele Anfragen). Warten Sie einen Moment und versuchen Sie es erneut.',
    malformed: 'Zoho CRM hat eine Antwort gesendet, die Lead Convert nicht versteht.',
    invalidInput: 'Diese Datensatz-ID ist ungültig.',
    notFound: 'Dieser Lead existiert nicht mehr oder Sie können ihn nicht sehen.',
    noPermission: 'Ihr Profil erlaubt das nicht. Bitten Sie Ihren CRM-Administrator um die Berechtigung, Leads zu konvertieren.',
    generic: (message) => `Antwort von Zoho CRM: ${message}`,
  },
  single: {
    close: 'Schließen',
    back: 'Zurück',
    review: 'Prüfen',
    convert: 'Konvertieren',
    converting: 'Wird konvertiert…',
    fixProblems: 'Korrigieren Sie die markierten Felder, bevor Sie prüfen.',
    busyRetrying: (seconds, attempt) =>
      `Zoho CRM ist ausgelastet. Nichts wurde geändert; neuer Versuch in ${seconds} s (Versuch ${attempt + 1})…`,
    checking: 'Bei Zoho CRM wird geprüft, was passiert ist…',
    backToEdit: 'Zurück zur Bearbeitung',
    optionsReloaded: 'Die passenden Datensätze wurden erneut aus Zoho geladen.',
    moduleName: (module) => (module === 'Contacts' ? 'Kontakt' : module === 'Accounts' ? 'Firma' : 'Abschluss'),
    cannotReadLead: 'Der Lead konnte nicht gelesen werden.',
  },
  conversion: deConversion,
  resolution: deResolution,
  draft: deDraft,
};
