// German texts of the conversion domain the edit screen needs; mounted as `de.conversion`.
import { assertNever } from '../domain/assert-never';
import type { ChoiceProblem, DealFieldError, DisabledReason, ResolutionNote } from '../domain/conversion-model';
import type { ConversionTexts } from './en-conversion';

const disabledReason: Record<DisabledReason, string> = {
  locked: 'Gesperrt: Zoho erlaubt nicht, einen Lead zu einem gesperrten Datensatz hinzuzufügen.',
  'account-locked': 'Seine Firma ist gesperrt: Zoho erlaubt nicht, ihr einen Lead hinzuzufügen.',
  'not-editable': 'Für Sie schreibgeschützt: Sie können diesen Datensatz nicht bearbeiten, daher kann der Lead nicht hinzugefügt werden.',
  'not-approved': 'Wartet auf Genehmigung: Der Lead kann erst hinzugefügt werden, wenn dieser Datensatz genehmigt ist.',
};

function resolutionNote(note: ResolutionNote): string {
  switch (note.kind) {
    case 'account-follows-contact':
      return `${note.contactName} gehört bereits zur Firma ${note.accountName}, daher geht der Lead ebenfalls an diese Firma.`;
    case 'no-account-without-company':
      return 'Der Lead hat kein Unternehmen, daher wird keine Firma angelegt.';
    case 'overwrite-available':
      return `Die Firma des Kontakts ist ${note.contactAccountName}, das Unternehmen des Leads aber ${note.leadCompany}. ` +
        `Sie können die Firma in ${note.leadCompany} umbenennen lassen; sonst behält sie den Namen ${note.contactAccountName}.`;
    default:
      return assertNever(note);
  }
}

function dealFieldError(error: DealFieldError, limits: { maxLength?: number | null } = {}): string {
  switch (error) {
    case 'required':
      return 'Pflichtfeld.';
    case 'not-a-date':
      return 'Geben Sie ein gültiges Datum ein.';
    case 'not-a-number':
      // app/domain/parse-amount.ts reads both "20,000.50" and "20.000,50".
      return 'Geben Sie eine Zahl ein, zum Beispiel 20000 oder 20.000,50.';
    case 'negative':
      return 'Geben Sie 0 oder mehr ein.';
    case 'too-long':
      return limits.maxLength ? `Höchstens ${limits.maxLength} Zeichen.` : 'Das ist zu lang.';
    case 'not-an-option':
      return 'Wählen Sie eine der Optionen.';
    case 'stage-not-in-pipeline':
      return 'Diese Phase gehört nicht zur gewählten Pipeline; wählen Sie eine ihrer Phasen.';
    case 'not-an-integer':
      return 'Geben Sie eine ganze Zahl ein.';
    case 'out-of-range':
      return 'Geben Sie einen Wert von 0 bis 100 ein.';
    default:
      return assertNever(error);
  }
}

function choiceProblem(problem: ChoiceProblem, names: { label?: string } = {}): string {
  switch (problem.kind) {
    case 'choose-contact':
      return 'Wählen Sie einen vorhandenen Kontakt oder legen Sie einen neuen an.';
    case 'choose-account':
      return 'Wählen Sie eine vorhandene Firma oder legen Sie eine neue an.';
    case 'candidate-disabled':
      return `${problem.module === 'Contacts' ? 'Dieser Kontakt' : 'Diese Firma'} kann nicht gewählt werden. ${disabledReason[problem.reason]}`;
    case 'candidate-unknown':
      return `${problem.module === 'Contacts' ? 'Der gewählte Kontakt' : 'Die gewählte Firma'} ist nicht mehr unter den Treffern von Zoho; wählen Sie erneut.`;
    case 'deal-field':
      return `${names.label ?? problem.apiName}: ${dealFieldError(problem.error)}`;
    case 'owner-unknown':
      return 'Dieser Benutzer kann die neuen Datensätze nicht besitzen (kein aktiver Benutzer). Wählen Sie einen anderen Besitzer.';
    default:
      return assertNever(problem);
  }
}

export const deConversion: ConversionTexts = {
  disabledReason,
  resolutionNote,
  dealFieldError,
  choiceProblem,
};
