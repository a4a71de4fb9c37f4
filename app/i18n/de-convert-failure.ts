// German texts of a refused convert; same keys as en-convert-failure.ts.
import type { ConvertErrorCode } from '../domain/explain-convert-error';
import type { ConvertErrorWords, ConvertFailureTexts } from './en-convert-failure';

const useZohoConvert = 'Konvertieren Sie den Lead mit der Konvertieren-Schaltfläche von Zoho und melden Sie dies Ihrem Administrator.';
const checkFirst = 'Lead Convert prüft zuerst den Lead; versuchen Sie es nur erneut, wenn er nicht konvertiert wurde.';
const signInAgain = 'Laden Sie die Zoho-CRM-Seite neu, melden Sie sich erneut an und öffnen Sie Lead Convert wieder.';

/** A sentence a rep understands and a concrete next step, for every convert error (product brief step 8). */
export const deConvertErrorText: Record<ConvertErrorCode, ConvertErrorWords> = {
  ID_ALREADY_CONVERTED: {
    message: 'Dieser Lead wurde bereits konvertiert.',
    nextStep: 'Öffnen Sie unten die daraus entstandenen Datensätze; es gibt nichts mehr zu konvertieren.',
  },
  INVALID_DATA_LEAD: {
    message: 'Zoho CRM findet diesen Lead nicht mehr. Er wurde eventuell gelöscht oder zusammengeführt.',
    nextStep: 'Schließen Sie dieses Fenster und laden Sie die Lead-Seite neu.',
  },
  INVALID_DATA_FIELD: {
    message: 'Zoho CRM hat den Wert des markierten Felds nicht akzeptiert.',
    nextStep: 'Korrigieren Sie das markierte Feld und klicken Sie dann erneut auf Konvertieren.',
  },
  INVALID_DATA_CHOSEN_RECORD: {
    message: 'Der gewählte Kontakt oder die gewählte Firma hat sich geändert und passt nicht mehr zu diesem Lead.',
    nextStep: 'Die passenden Datensätze wurden neu geladen; wählen Sie erneut und klicken Sie dann auf Konvertieren.',
  },
  NON_SUBORDINATE_USER: {
    message: 'Sie können die neuen Datensätze nur Benutzern zuweisen, die Ihnen unterstellt sind.',
    nextStep: 'Wählen Sie sich selbst oder jemanden aus Ihrem Team als Besitzer und klicken Sie erneut auf Konvertieren.',
  },
  MANDATORY_NOT_FOUND: {
    message: 'Zoho CRM braucht einen Wert im markierten Abschlussfeld.',
    nextStep: 'Füllen Sie das markierte Feld aus und klicken Sie dann erneut auf Konvertieren.',
  },
  MAPPING_MISMATCH: {
    message: 'Die gewählte Phase gehört nicht zur gewählten Pipeline.',
    nextStep: 'Wählen Sie eine Phase dieser Pipeline und klicken Sie dann erneut auf Konvertieren.',
  },
  DUPLICATE_DATA: {
    message: 'Ein neuer Datensatz würde einen in Zoho CRM bereits vorhandenen duplizieren.',
    nextStep: 'Fügen Sie den Lead stattdessen dem hier gezeigten vorhandenen Datensatz hinzu.',
  },
  RECORD_LOCKED: {
    message: 'Der Lead oder ein gewählter Datensatz ist gesperrt (Datensatzsperre oder laufende Zusammenführung).',
    nextStep: 'Bitten Sie die Person, die ihn gesperrt hat, ihn zu entsperren, oder warten Sie das Ende der Zusammenführung ab; dann erneut versuchen.',
  },
  NOT_APPROVED: {
    message: 'Der Lead wartet auf Genehmigung, und Zoho CRM konvertiert nur genehmigte Leads.',
    nextStep: 'Bitten Sie die genehmigende Person, den Lead zu genehmigen, und konvertieren Sie ihn dann.',
  },
  NOT_REVIEWED: {
    message: 'Der Lead wird gerade geprüft, und Zoho CRM konvertiert ihn erst nach der Prüfung.',
    nextStep: 'Schließen Sie die Prüfung auf der Lead-Seite ab und konvertieren Sie ihn dann.',
  },
  CANNOT_PERFORM_ACTION: {
    message: 'Zoho CRM kann diesen Lead in seinem aktuellen Zustand nicht konvertieren.',
    nextStep: 'Sehen Sie auf der Lead-Seite nach, was ihn blockiert (zum Beispiel ein Blueprint), und versuchen Sie es dann erneut.',
  },
  NOT_ALLOWED: {
    message: 'Zoho CRM erlaubt diese Konvertierung mit den gewählten Einstellungen nicht.',
    nextStep: 'Prüfen Sie die markierte Auswahl oder legen Sie stattdessen neue Datensätze an; dann erneut versuchen.',
  },
  REQUIRED_PARAM_MISSING: {
    message: 'Die Anfrage an Zoho CRM war unvollständig. Das ist ein Fehler in Lead Convert.',
    nextStep: useZohoConvert,
  },
  AUTHORIZATION_FAILED: {
    message: 'Ihr Profil erlaubt nicht, die Datensätze anzulegen, die diese Konvertierung braucht.',
    nextStep: 'Bitten Sie Ihren CRM-Administrator um die Berechtigung, Kontakte, Firmen und Abschlüsse anzulegen.',
  },
  INVALID_REQUEST_METHOD: {
    message: 'Zoho CRM hat die Art der Anfrage von Lead Convert abgelehnt. Das ist ein Fehler in Lead Convert.',
    nextStep: useZohoConvert,
  },
  OAUTH_SCOPE_MISMATCH: {
    message: 'Lead Convert darf in dieser Organisation keine Leads konvertieren.',
    nextStep: 'Bitten Sie Ihren CRM-Administrator, das Widget mit der Berechtigung zum Konvertieren von Leads neu zu installieren.',
  },
  INVALID_TOKEN: {
    message: 'Ihre Zoho-CRM-Sitzung ist abgelaufen.',
    nextStep: signInAgain,
  },
  AUTHENTICATION_FAILURE: {
    message: 'Zoho CRM konnte Ihre Identität nicht bestätigen.',
    nextStep: signInAgain,
  },
  NO_PERMISSION: {
    message: 'Ihr Profil erlaubt das Konvertieren von Leads nicht.',
    nextStep: 'Bitten Sie Ihren CRM-Administrator um die Berechtigung, Leads zu konvertieren.',
  },
  INVALID_URL_PATTERN: {
    message: 'Zoho CRM hat die Anfrage nicht erkannt. Das ist ein Fehler in Lead Convert.',
    nextStep: useZohoConvert,
  },
  INVALID_MODULE: {
    message: 'Laut Zoho CRM ist dieser Datensatz kein Lead, den es konvertieren kann.',
    nextStep: 'Öffnen Sie Lead Convert von einem Lead im Modul Leads aus.',
  },
  TOO_MANY_REQUESTS: {
    message: 'Zoho CRM ist gerade ausgelastet; nichts wurde geändert.',
    nextStep: 'Lead Convert versucht es in einigen Sekunden selbst erneut.',
  },
  INTERNAL_ERROR: {
    message: 'Zoho CRM hatte ein internes Problem; die Konvertierung ist eventuell erfolgt, eventuell nicht.',
    nextStep: checkFirst,
  },
  LIMIT_EXCEEDED: {
    message: 'Für diese Anfrage wurde ein Limit von Zoho CRM erreicht.',
    nextStep: 'Warten Sie eine Weile und versuchen Sie es erneut; passiert es weiterhin, fragen Sie Ihren Administrator nach den API-Limits.',
  },
  TIMEOUT: {
    message: 'Zoho CRM hat nicht rechtzeitig geantwortet; die Konvertierung ist eventuell erfolgt, eventuell nicht.',
    nextStep: checkFirst,
  },
  NETWORK: {
    message: 'Die Verbindung zu Zoho CRM ist abgerissen; die Konvertierung ist eventuell erfolgt, eventuell nicht.',
    nextStep: checkFirst,
  },
  MALFORMED: {
    message: 'Zoho CRM gab eine Antwort, die Lead Convert nicht lesen konnte; die Konvertierung ist eventuell erfolgt.',
    nextStep: checkFirst,
  },
  UNKNOWN: {
    message: 'Die Konvertierung ist aus einem Grund fehlgeschlagen, den Lead Convert nicht kennt.',
    nextStep: 'Prüfen Sie auf der Lead-Seite, ob er konvertiert wurde; versuchen Sie es dann erneut oder nutzen Sie die Konvertieren-Schaltfläche von Zoho.',
  },
};

const record = (module: 'Contacts' | 'Accounts') => (module === 'Contacts' ? 'Der Kontakt' : 'Die Firma');

export const deConvertFailure: ConvertFailureTexts = {
  error: deConvertErrorText,
  notConverted: 'Die Konvertierung ist nicht erfolgt; nichts wurde geändert. Versuchen Sie es erneut.',
  retryConvert: 'Erneut versuchen',
  duplicateFound: (module, name, owner) =>
    `Zoho hat bereits ${module === 'Contacts' ? 'einen Kontakt' : 'eine Firma'}${name ? ` „${name}“` : ''} mit diesen Daten${owner ? ` (Besitzer ${owner})` : ''}.`,
  duplicateHidden: 'Sie können diesen Datensatz nicht sehen; fragen Sie seinen Besitzer oder Ihren Administrator.',
  addToDuplicate: (module) => `Stattdessen ${module === 'Contacts' ? 'diesem Kontakt' : 'dieser Firma'} hinzufügen`,
  recordGone: (module, name) => `${record(module)} ${name} wird von Zoho nicht mehr angeboten; wählen Sie erneut.`,
  recordChanged: (module, name) => `${record(module)} ${name} hat sich geändert und ist nicht mehr wählbar; wählen Sie erneut.`,
};
