// German texts of the review step; same keys as en-review.ts, dates and money in the given locale.
import { assertNever } from '../domain/assert-never';
import type { TargetModule } from '../domain/conversion-model';
import type { ReviewSentence } from '../domain/review-sentences';
import type { ReviewTexts } from './en-review';
import { formatDealDate, formatMoney } from './format';

/** The record with its article, in the case each sentence needs. */
const forms: Record<TargetModule, { nominative: string; newGenitive: string; toDative: string }> = {
  Contacts: { nominative: 'der Kontakt', newGenitive: 'des neuen Kontakts', toDative: 'zum Kontakt' },
  Accounts: { nominative: 'die Firma', newGenitive: 'der neuen Firma', toDative: 'zur Firma' },
  Deals: { nominative: 'der Abschluss', newGenitive: 'des neuen Abschlusses', toDative: 'zum Abschluss' },
};
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const list = (items: string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} und ${items[items.length - 1] ?? ''}`;
const ofNewRecords = (modules: TargetModule[]) => list(modules.map((module) => forms[module].newGenitive));
/** The fields Zoho matches on, under their standard English names, as the cards name them in German; a renamed field keeps its name. */
const MATCHED_FIELDS: Record<string, string> = { name: 'Name', 'full name': 'Name', email: 'E-Mail', phone: 'Telefon', mobile: 'Mobil', 'account name': 'Firmenname' };
const matchedField = (label: string) => MATCHED_FIELDS[label.trim().toLowerCase()] ?? label;

export function reviewSentenceText(sentence: ReviewSentence, locale: string): string {
  switch (sentence.kind) {
    case 'contact-new':
      return `Ein neuer Kontakt ${sentence.name} wird angelegt.`;
    case 'contact-existing': {
      const matched = sentence.matchedOn.length > 0 ? ` (Treffer bei ${list(sentence.matchedOn.map(matchedField))})` : '';
      return `${sentence.leadName} wird dem vorhandenen Kontakt ${sentence.name}${matched} hinzugefügt.`;
    }
    case 'account-new':
      return `Eine neue Firma ${sentence.name} wird aus dem Unternehmen des Leads angelegt.`;
    case 'account-existing':
      return sentence.followsContact
        ? `Die Firma ${sentence.name} wird verknüpft (der Kontakt gehört bereits zu ihr).`
        : `Die Firma ${sentence.name} wird verknüpft.`;
    case 'account-none':
      return 'Es wird keine Firma angelegt: Der Lead hat kein Unternehmen.';
    case 'account-renamed':
      return `Die Firma ${sentence.from} wird in ${sentence.to} umbenannt (das Unternehmen des Leads).`;
    case 'deal': {
      const where = sentence.pipeline ? `${sentence.pipeline} / ${sentence.stage}` : sentence.stage;
      const amount = sentence.amount === null ? '' : `, Betrag ${formatMoney(sentence.amount, sentence.currency, locale)}`;
      return `Ein Abschluss „${sentence.name}“ wird in ${where} angelegt, Abschlussdatum ${formatDealDate(sentence.closingDate, locale)}${amount}.`;
    }
    case 'no-deal':
      return 'Es wird kein Abschluss angelegt.';
    case 'owner':
      return `Besitzer ${ofNewRecords(sentence.records)} wird ${sentence.name}.`;
    case 'notify-lead-owner':
      return `${sentence.name || 'Der Lead-Besitzer'} erhält eine E-Mail zur Konvertierung.`;
    case 'notify-new-owner':
      return `Der Besitzer ${ofNewRecords(sentence.records)} erhält eine E-Mail.`;
    case 'attachments':
      return `Eventuelle Anhänge des Leads werden ${forms[sentence.module].toDative} verschoben.`;
    case 'tags':
      return `${capitalize(forms[sentence.module].nominative)} erhält die Tags ${list(sentence.names)}.`;
    default:
      return assertNever(sentence);
  }
}

export const deReview: ReviewTexts = {
  title: 'Konvertierung prüfen',
  intro: 'Das geschieht, wenn Sie auf Konvertieren klicken:',
  sentence: reviewSentenceText,
};
