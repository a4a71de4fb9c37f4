import type { LeadConverter } from '../api/crm-host';
import type { ConversionContext, TargetModule } from './conversion-model';
import { displayTextFields } from './display-text';

/** What the conversion will do, one fact per sentence (product brief step 6); worded in app/i18n/en-conversion.ts. */
export type ReviewSentence =
  | { kind: 'contact-new'; name: string }
  | { kind: 'contact-existing'; name: string; matchedOn: string[]; leadName: string }
  | { kind: 'account-new'; name: string }
  | { kind: 'account-existing'; name: string; followsContact: boolean }
  | { kind: 'account-none' }
  | { kind: 'account-renamed'; from: string; to: string }
  | {
      kind: 'deal';
      name: string;
      pipeline: string;
      stage: string;
      closingDate: string;
      amount: number | null;
      currency: string | null;
    }
  | { kind: 'no-deal' }
  | { kind: 'owner'; name: string; records: TargetModule[] }
  | { kind: 'notify-lead-owner'; name: string }
  | { kind: 'notify-new-owner'; records: TargetModule[] }
  | { kind: 'attachments'; module: TargetModule }
  | { kind: 'tags'; module: TargetModule; names: string[] };

/** Read from the converter actually sent, so the review can never describe something else. */
export function reviewSentences(context: ConversionContext, converter: LeadConverter): ReviewSentence[] {
  return [
    ...contactSentences(context, converter),
    ...accountSentences(context, converter),
    dealSentence(context, converter),
    ...ownerSentences(context, converter),
    ...(converter.move_attachments_to ? [{ kind: 'attachments' as const, module: converter.move_attachments_to.api_name }] : []),
    ...tagSentences(converter),
  ].map((sentence) => displayTextFields(sentence, CODE_KEYS));
}

/** Fields that are codes, not record data: left as they are. */
const CODE_KEYS = ['kind', 'module', 'records', 'closingDate', 'currency'];

function contactSentences({ lead, options, attribution }: ConversionContext, converter: LeadConverter): ReviewSentence[] {
  const id = converter.Contacts?.id;
  if (id === undefined) return [{ kind: 'contact-new', name: lead.fullName }];
  const contact = options.contacts.find((c) => c.id === id);
  const matchedOn = (attribution.contacts[id] ?? []).map((match) => match.label);
  return [{ kind: 'contact-existing', name: contact?.fullName ?? id, matchedOn: [...new Set(matchedOn)], leadName: lead.fullName }];
}

function accountSentences({ lead, options }: ConversionContext, converter: LeadConverter): ReviewSentence[] {
  const company = lead.company?.trim() || null;
  const id = converter.Accounts?.id;
  if (id === undefined) return company ? [{ kind: 'account-new', name: company }] : [{ kind: 'account-none' }];
  const contact = options.contacts.find((c) => c.id === converter.Contacts?.id);
  const followsContact = contact?.account?.id === id;
  const name = options.accounts.find((a) => a.id === id)?.name ?? (followsContact ? contact?.account?.name : undefined) ?? id;
  const sentences: ReviewSentence[] = [{ kind: 'account-existing', name, followsContact }];
  // §3.2 overwrite with an Accounts id: the account's name is replaced by the lead's Company.
  if (converter.overwrite === true && company && company !== name) sentences.push({ kind: 'account-renamed', from: name, to: company });
  return sentences;
}

function dealSentence({ dealSetup, org }: ConversionContext, converter: LeadConverter): ReviewSentence {
  const deal = converter.Deals;
  if (!deal) return { kind: 'no-deal' };
  const pipeline = dealSetup?.pipelines.find((p) => p.actualValue === deal.Pipeline);
  const stages = pipeline?.stages ?? dealSetup?.pipelines.flatMap((p) => p.stages) ?? [];
  return {
    kind: 'deal',
    name: deal.Deal_Name,
    pipeline: pipeline?.displayValue ?? deal.Pipeline ?? '',
    stage: stages.find((s) => s.actualValue === deal.Stage)?.displayValue ?? deal.Stage,
    closingDate: deal.Closing_Date,
    amount: typeof deal.Amount === 'number' ? deal.Amount : null,
    currency: org?.isoCode ?? null,
  };
}

function ownerSentences({ lead, users }: ConversionContext, converter: LeadConverter): ReviewSentence[] {
  const assignee = converter.assign_to ? users.find((u) => u.id === converter.assign_to?.id)?.fullName : undefined;
  const ownerName = assignee ?? lead.owner?.name;
  // Owner and "new owner" notices only concern records this conversion creates, not the ones it links.
  const records: TargetModule[] = [
    ...(converter.Contacts ? [] : (['Contacts'] as const)),
    ...(converter.Accounts || !lead.company ? [] : (['Accounts'] as const)),
    ...(converter.Deals ? (['Deals'] as const) : []),
  ];
  const sentences: ReviewSentence[] = ownerName && records.length > 0 ? [{ kind: 'owner', name: ownerName, records }] : [];
  if (converter.notify_lead_owner === true) sentences.push({ kind: 'notify-lead-owner', name: lead.owner?.name ?? '' });
  if (converter.notify_new_entity_owner === true && records.length > 0) sentences.push({ kind: 'notify-new-owner', records });
  return sentences;
}

function tagSentences(converter: LeadConverter): ReviewSentence[] {
  const tags = converter.carry_over_tags ?? {};
  return (['Contacts', 'Accounts', 'Deals'] as const).flatMap((module) => {
    const names = tags[module] ?? [];
    return names.length > 0 ? [{ kind: 'tags' as const, module, names }] : [];
  });
}
