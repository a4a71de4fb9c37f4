// The review step's texts: only the review chunk imports them, so they are not in the first load.
import { assertNever } from '../domain/assert-never';
import type { TargetModule } from '../domain/conversion-model';
import type { ReviewSentence } from '../domain/review-sentences';
import { formatDealDate, formatMoney } from './format';

const noun = (module: TargetModule) => (module === 'Contacts' ? 'contact' : module === 'Accounts' ? 'account' : 'deal');
const list = (items: string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
const newRecords = (modules: TargetModule[]) => list(modules.map(noun));

export function reviewSentenceText(sentence: ReviewSentence, locale: string): string {
  switch (sentence.kind) {
    case 'contact-new':
      return `A new contact ${sentence.name} will be created.`;
    case 'contact-existing': {
      const matched = sentence.matchedOn.length > 0 ? ` (matched on ${list(sentence.matchedOn)})` : '';
      return `${sentence.leadName} will be added to the existing contact ${sentence.name}${matched}.`;
    }
    case 'account-new':
      return `A new account ${sentence.name} will be created from the lead's company.`;
    case 'account-existing':
      return sentence.followsContact
        ? `Account ${sentence.name} will be linked (the contact already belongs to it).`
        : `Account ${sentence.name} will be linked.`;
    case 'account-none':
      return 'No account will be created: the lead has no company.';
    case 'account-renamed':
      return `The account ${sentence.from} will be renamed to ${sentence.to}, the lead's company.`;
    case 'deal': {
      const where = sentence.pipeline ? `${sentence.pipeline} / ${sentence.stage}` : sentence.stage;
      const amount = sentence.amount === null ? '' : `, amount ${formatMoney(sentence.amount, sentence.currency, locale)}`;
      return `A deal “${sentence.name}” will be created in ${where}, closing ${formatDealDate(sentence.closingDate, locale)}${amount}.`;
    }
    case 'no-deal':
      return 'No deal will be created.';
    case 'owner':
      return `The new ${newRecords(sentence.records)} will be owned by ${sentence.name}.`;
    case 'notify-lead-owner':
      return `${sentence.name || 'The lead owner'} will get an email about the conversion.`;
    case 'notify-new-owner':
      return `The owner of the new ${newRecords(sentence.records)} will get an email.`;
    case 'attachments':
      return `The lead's attachments, if any, will move to the ${noun(sentence.module)}.`;
    case 'tags':
      return `The ${noun(sentence.module)} will get the tags ${list(sentence.names)}.`;
    default:
      return assertNever(sentence);
  }
}

export const enReview = {
  title: 'Review the conversion',
  intro: 'This is what will happen when you click Convert:',
  sentence: reviewSentenceText,
};

export type ReviewTexts = typeof enReview;
