// German texts of the field-by-field merge, the record search and the audit note; same keys as en-merge.ts.
import type { RecordModule } from '../api/crm-host';
import type { AuditTarget } from '../domain/merge/merge-plan';
import type { MergeRow } from '../domain/merge/field-diff';
import { isStandardLabel } from '../domain/match-values';
import type { MergeTexts } from './en-merge';

/** The record with its article, in the case each sentence needs. */
const forms: Record<RecordModule, { noun: string; nominative: string; genitive: string; dative: string; pronoun: string; relative: string }> = {
  Contacts: { noun: 'Kontakt', nominative: 'der Kontakt', genitive: 'des Kontakts', dative: 'dem Kontakt', pronoun: 'er', relative: 'den' },
  Accounts: { noun: 'Firma', nominative: 'die Firma', genitive: 'der Firma', dative: 'der Firma', pronoun: 'sie', relative: 'die' },
};
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const fields = (n: number) => `${n} ${n === 1 ? 'Feld' : 'Felder'}`;
/** "wird" / "werden" after a count of fields. */
const is = (n: number) => (n === 1 ? 'wird' : 'werden');
const quote = (value: string) => `„${value}“`;

// The note is stored on the CRM contact: plain, factual, in the third person ("der Benutzer" is the rep).
function describeTarget(module: RecordModule, target: AuditTarget): string {
  const contact = module === 'Contacts';
  if (target.kind === 'new') return contact ? 'ein neuer Kontakt wurde angelegt' : 'eine neue Firma wurde angelegt';
  if (target.kind === 'none') return `${contact ? 'kein Kontakt' : 'keine Firma'} (der Lead hat kein Unternehmen)`;
  const how =
    target.origin === 'searched'
      ? 'vom Benutzer über eine Suche gefunden (von Zoho nicht vorgeschlagen)'
      : target.origin === 'suggested'
        ? 'von Zoho vorgeschlagen und vom Benutzer beibehalten'
        : 'vom Benutzer unter den Treffern von Zoho gewählt';
  const matched = target.matchedOn.length > 0 ? `; Treffer bei ${target.matchedOn.map((m) => `${isStandardLabel(m.apiName, m.label) ? fieldLabel(m.apiName, m.label) : m.label} ${quote(m.value)}`).join(', ')}` : '';
  const follows = target.followsContact ? '; mit dem gewählten Kontakt verknüpft' : '';
  return `${contact ? 'dem vorhandenen Kontakt' : 'der vorhandenen Firma'} ${quote(target.name)} hinzugefügt, ${how}${matched}${follows}`;
}

/** Zoho's standard Contacts and Accounts fields a merge writes, as German names them; any other keeps the widget's label. */
const FIELD_NAMES: Record<string, string> = {
  First_Name: 'Vorname',
  Last_Name: 'Nachname',
  Email: 'E-Mail',
  Secondary_Email: 'Zweite E-Mail',
  Phone: 'Telefon',
  Mobile: 'Mobil',
  Title: 'Position',
  Mailing_Street: 'Straße (Postanschrift)',
  Mailing_City: 'Ort (Postanschrift)',
  Mailing_State: 'Bundesland (Postanschrift)',
  Mailing_Zip: 'PLZ (Postanschrift)',
  Mailing_Country: 'Land (Postanschrift)',
  Description: 'Beschreibung',
  Website: 'Website',
  Industry: 'Branche',
  Annual_Revenue: 'Jahresumsatz',
  Employees: 'Mitarbeiter',
  Billing_Street: 'Straße (Rechnungsadresse)',
  Billing_City: 'Ort (Rechnungsadresse)',
  Billing_State: 'Bundesland (Rechnungsadresse)',
  Billing_Code: 'PLZ (Rechnungsadresse)',
  Billing_Country: 'Land (Rechnungsadresse)',
  // Matched on, never written: named in the note's "Treffer bei …".
  Full_Name: 'Name',
  Account_Name: 'Firmenname',
};
const fieldLabel = (field: string, label: string) => FIELD_NAMES[field] ?? label;
const nameOf = (row: Pick<MergeRow, 'field' | 'label'>) => fieldLabel(row.field, row.label);

const change = (row: MergeRow) =>
  row.recordValue === null ? `${nameOf(row)}: mit ${quote(row.leadValue)} gefüllt` : `${nameOf(row)}: ${quote(row.recordValue)} → ${quote(row.leadValue)}`;

export const deMerge: MergeTexts = {
  fieldLabel,
  tableTitle: 'Felder, die vom Lead abweichen',
  tableLabel: (module, name) => `${forms[module].noun} ${name}: Felder, die vom Lead abweichen`,
  followUpLabel: 'Nach der Konvertierung',
  tableIntro: (module, name) =>
    `Wählen Sie je Feld, welchen Wert ${forms[module].nominative} ${name} behält. Standardmäßig behält ${forms[module].pronoun} die eigenen Werte, und nur leere Felder werden aus dem Lead gefüllt.`,
  readingRecord: (module) => `Die Felder ${forms[module].genitive} werden gelesen…`,
  readFailed: (module) =>
    `Die Felder ${forms[module].genitive} konnten nicht gelesen und daher nicht verglichen werden. ${capitalize(forms[module].pronoun)} bleibt unverändert.`,
  noDifferences: (module) => `${capitalize(forms[module].nominative)} hat bereits die Werte des Leads; es gibt nichts zusammenzuführen.`,
  columnField: 'Feld',
  columnLead: 'Lead',
  columnExisting: 'Vorhanden',
  columnWinner: 'Zu behaltender Wert',
  empty: '(leer)',
  keepExisting: 'Vorhanden',
  useLead: 'Vom Lead',
  leaveEmpty: 'Leer lassen',
  fillFromLead: 'Füllen',
  pickGroup: (field) => `Wert für ${field}`,
  fillsEmptyTag: 'im Datensatz leer',
  heldElsewhere: (module) => `Zoho hat diesen Wert bei ${module === 'Contacts' ? 'einem anderen Kontakt' : 'einer anderen Firma'} gefunden; er wird nur übernommen, wenn Sie ihn wählen.`,
  changeCount: (n) => (n === 0 ? 'Kein Feld wird geändert.' : `${fields(n)} ${is(n)} nach der Konvertierung geschrieben.`),

  searchLabel: (module) => `Nach ${module === 'Contacts' ? 'einem anderen Kontakt' : 'einer anderen Firma'} suchen`,
  searchHint: 'E-Mail, Telefon, Name oder Unternehmen; mindestens 2 Zeichen.',
  searching: 'Suche läuft…',
  searchFailed: (reason) => `Die Suche hat nicht funktioniert: ${reason}`,
  noResults: (module) => (module === 'Contacts' ? 'Kein Kontakt gefunden.' : 'Keine Firma gefunden.'),
  resultsTitle: (n) => `${n} gefunden`,
  whyItMightMatch: 'Warum es passen könnte:',
  noReason: 'Keine Gemeinsamkeit mit dem Lead — vor der Auswahl prüfen.',
  reason: (reason) => {
    switch (reason.kind) {
      case 'same-email':
        return `gleiche E-Mail (${reason.value})`;
      case 'same-phone':
        return `gleiche Telefonnummer wie ${reason.value}`;
      case 'similar-name':
        return `ähnlicher Name (${reason.value}, ${Math.round(reason.score * 100)} %)`;
      case 'same-company':
        return `gleiches Unternehmen (${reason.value})`;
    }
  },
  choose: (name) => `${name} wählen`,
  chosen: 'Gewählt',
  alreadyOffered: 'Bereits oben angeboten',
  notSuggested: 'Zoho hat diesen Datensatz nicht vorgeschlagen; beim Konvertieren lehnt Zoho ihn eventuell ab.',
  searchedBadge: 'Über die Suche gefunden',

  auditNoteLabel: 'Dem Kontakt eine Notiz zu dieser Konvertierung hinzufügen',
  auditNoteHint:
    'Hält fest, was übereinstimmte, was Sie gewählt haben und welche Felder überschrieben wurden, damit Ihr Team später sieht, warum Datensätze zusammengeführt wurden.',

  reviewChanges: (module, name, n) => `Nach der Konvertierung ${is(n)} ${fields(n)} ${forms[module].genitive} ${name} aktualisiert:`,
  reviewChange: change,
  reviewNote: 'Dem Kontakt wird eine Notiz zu dieser Konvertierung hinzugefügt.',
  reviewNotReadYet: (module) => `Die Felder ${forms[module].genitive} werden noch gelesen; ${forms[module].pronoun} bleibt unverändert.`,

  updating: (module, name, n) => `${fields(n)} ${forms[module].genitive} ${name} ${is(n)} aktualisiert…`,
  updated: (module, name, n) => `${fields(n)} ${forms[module].genitive} ${name} ${n === 1 ? 'wurde' : 'wurden'} aktualisiert.`,
  updateFailed: (module, name, n, reason) =>
    `Der Lead wurde konvertiert, aber ${fields(n)} ${forms[module].genitive} ${name} ${n === 1 ? 'konnte' : 'konnten'} nicht aktualisiert werden: ${reason}`,
  updateDuplicate: (field) => `Ein anderer Datensatz in Zoho CRM hat bereits denselben Wert im Feld „${field}“, das eindeutig sein muss.`,
  retryUpdate: 'Aktualisierung erneut versuchen',
  addingNote: 'Die Notiz wird dem Kontakt hinzugefügt…',
  noteAdded: 'Dem Kontakt wurde eine Notiz zu dieser Konvertierung hinzugefügt.',
  noteFailed: (reason) => `Der Lead wurde konvertiert, aber die Notiz konnte nicht hinzugefügt werden: ${reason}`,
  noteWaits: 'Die Notiz wird hinzugefügt, sobald die Aktualisierung erfolgt ist.',
  retryNote: 'Notiz erneut hinzufügen',

  searchedRejected: (module, name) =>
    `Zoho hat es abgelehnt, den Lead ${forms[module].dative} ${name} hinzuzufügen, ${forms[module].relative} Sie über die Suche gefunden haben: Zoho akzeptiert nur Datensätze, deren Daten zum Lead passen. Diese Auswahl wurde zurückgesetzt; alles andere, was Sie gewählt haben, bleibt erhalten.`,

  auditNote: (facts) => {
    const lines = [
      `Aus dem Lead ${quote(facts.leadName)} mit Lead Convert konvertiert.`,
      `Kontakt: ${describeTarget('Contacts', facts.contact)}.`,
      `Firma: ${describeTarget('Accounts', facts.account)}.`,
    ];
    for (const record of facts.records) {
      const which = `${forms[record.module].noun} ${quote(record.name)}`;
      lines.push(
        record.changes.length === 0
          ? `${which}: kein Feld überschrieben.`
          : `${which}, aus dem Lead übernommene Felder: ${record.changes.map(change).join('; ')}.`,
      );
      if (record.kept.length > 0) {
        lines.push(`${which}, eigene Werte behalten: ${record.kept.map((row) => `${nameOf(row)} ${quote(row.recordValue ?? '')} (Lead: ${quote(row.leadValue)})`).join('; ')}.`);
      }
    }
    return { title: `Lead-Konvertierung: ${facts.leadName}`, content: lines.join('\n') };
  },
};
