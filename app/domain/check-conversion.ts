import type { LeadConverter, RecordId } from '../api/crm-host';
import { candidateDisabledReason } from './candidate-availability';
import type {
  AccountChoice,
  ChoiceProblem,
  CheckedConversion,
  ContactChoice,
  ConversionChoices,
  ConversionContext,
  DealSetup,
  TargetModule,
} from './conversion-model';
import { defaultDealValues } from './deal-defaults';
import { buildDealSetup } from './deal-setup';
import { effectiveResolution } from './effective-resolution';
import { validateDeal } from './validate-deal';

/** The rep's choices checked against the lead, the options and Zoho's rules, built into the §3.2 body item. */
export function checkConversion(context: ConversionContext, choices: ConversionChoices, today: string): CheckedConversion {
  const resolution = effectiveResolution(context, choices);
  const problems: ChoiceProblem[] = [...contactProblems(context, resolution.contact)];
  // An account brought by the contact is Zoho's rule, not a pick; the contact's own checks cover its lock.
  if (!resolution.accountFollowsContact) problems.push(...accountProblems(context, resolution.account));

  const createDeal = choices.createDeal === true;
  const deal = createDeal ? validateDeal(dealSetupOf(context), { ...defaultDealValues(context, today), ...choices.deal }) : null;
  if (deal && !deal.ok) problems.push(...deal.errors.map(({ apiName, error }) => ({ kind: 'deal-field' as const, apiName, error })));

  const ownerId = choices.ownerId;
  if (ownerId !== undefined && !context.users.some((user) => user.id === ownerId)) problems.push({ kind: 'owner-unknown', id: ownerId });
  if (problems.length > 0) return { ok: false, problems, notes: resolution.notes };

  const accountWillExist = resolution.account?.kind === 'existing' || resolution.account?.kind === 'new';
  const targets: TargetModule[] = ['Contacts', ...(accountWillExist ? ['Accounts' as const] : []), ...(deal ? ['Deals' as const] : [])];
  const converter: LeadConverter = {
    overwrite: choices.overwrite === true && resolution.notes.some((note) => note.kind === 'overwrite-available'),
    notify_lead_owner: choices.notifyLeadOwner ?? false,
    notify_new_entity_owner: choices.notifyNewOwner ?? false,
    // Kaizen 137: attachments go to Contacts by default; a target that will not exist falls back to it.
    move_attachments_to: { api_name: choices.attachmentsTo && targets.includes(choices.attachmentsTo) ? choices.attachmentsTo : 'Contacts' },
  };
  if (resolution.account?.kind === 'existing') converter.Accounts = { id: resolution.account.id };
  if (resolution.contact?.kind === 'existing') converter.Contacts = { id: resolution.contact.id };
  // §3.2: assign_to only changes something when it names another user than the lead owner (the default owner).
  if (ownerId !== undefined && ownerId !== context.lead.owner?.id) converter.assign_to = { id: ownerId };
  if (deal?.ok) converter.Deals = deal.deal;
  const tags = carryOverTags(context, choices, targets);
  if (tags) converter.carry_over_tags = tags;
  return { ok: true, converter, notes: resolution.notes };
}

function contactProblems(context: ConversionContext, contact: ContactChoice | null): ChoiceProblem[] {
  if (contact === null) return [{ kind: 'choose-contact' }];
  if (contact.kind === 'new') return [];
  return candidateProblems('Contacts', contact.id, context.options.contacts.find((c) => c.id === contact.id));
}

function accountProblems(context: ConversionContext, account: AccountChoice | null): ChoiceProblem[] {
  if (account === null) return [{ kind: 'choose-account' }];
  if (account.kind !== 'existing') return [];
  return candidateProblems('Accounts', account.id, context.options.accounts.find((a) => a.id === account.id));
}

// Kaizen 137: merging into a record the options did not offer is INVALID_DATA, so only offered ids are sent.
function candidateProblems(
  module: 'Contacts' | 'Accounts',
  id: RecordId,
  candidate: Parameters<typeof candidateDisabledReason>[0] | undefined,
): ChoiceProblem[] {
  if (!candidate) return [{ kind: 'candidate-unknown', module, id }];
  const reason = candidateDisabledReason(candidate);
  return reason ? [{ kind: 'candidate-disabled', module, id, reason }] : [];
}

// While the deal metadata is missing, the documented mandatory keys still get checked; Zoho judges the rest.
function dealSetupOf(context: ConversionContext): DealSetup {
  return context.dealSetup ?? buildDealSetup({ leadsLayout: null, dealsLayout: null, pipelines: [], contactRoles: [] });
}

/** §3.2 carry_over_tags: tag names per module that will exist; only tags the lead has (open question 6). */
function carryOverTags(context: ConversionContext, choices: ConversionChoices, targets: TargetModule[]): LeadConverter['carry_over_tags'] {
  const leadTags = context.lead.tags.map((tag) => tag.name);
  if (leadTags.length === 0) return undefined;
  const result: NonNullable<LeadConverter['carry_over_tags']> = {};
  for (const module of targets) {
    const chosen = choices.carryOverTags?.[module] ?? leadTags;
    const names = leadTags.filter((name) => chosen.includes(name));
    if (names.length > 0) result[module] = names;
  }
  return Object.keys(result).length > 0 ? result : undefined;
}
