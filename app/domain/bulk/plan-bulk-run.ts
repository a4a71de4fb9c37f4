import type { BulkDecision, BulkPlan, BulkPlanJob, BulkPlanProblem, BulkPlanSingle, BulkRow, BulkSharedOptions } from '../../api/bulk/bulk-types';
import type { Lead, MassConvertRequest, ModuleInfo, RecordId, User } from '../../api/crm-host';
import { checkConversion } from '../check-conversion';
import type { ChoiceProblem, ConversionChoices, ConversionContext, DealSetup, DealValues, TargetModule } from '../conversion-model';
import { addDays, defaultPipeline } from '../deal-defaults';
import { buildDealSetup } from '../deal-setup';
import { validateDeal } from '../validate-deal';
import { estimatePolls } from './poll-schedule';

/** §4.1: at most 50 ids per mass convert call. */
export const MASS_JOB_SIZE = 50;
/** GET /Leads?ids=… takes at most 100 ids. */
export const READ_BATCH_SIZE = 100;
/** §6: convert lead costs 5 credits; mass convert, its status and reads are not listed → assumed 1 [INFERRED]. */
export const CONVERT_CREDITS = 5;
export const OTHER_CREDITS = 1;

export type BulkPlanInput = {
  rows: BulkRow[];
  /** Missing id = { kind: 'auto' }. */
  decisions: Record<RecordId, BulkDecision>;
  shared: BulkSharedOptions;
  /** GET /settings/modules: ids for mass convert's module references. */
  modules: ModuleInfo[];
  dealSetup: DealSetup | null;
  /** Active users (a chosen owner must be one of them). */
  users: User[];
  /** 'YYYY-MM-DD' */
  today: string;
};

const PLACEHOLDERS = /\{(Company|Lead name)\}/g;

/**
 * What a bulk run will do, derived from the rows, the rep's decisions and the shared options (product brief
 * "Bulk flow" steps 2–3). Rows that cannot convert or could not be read are left out entirely.
 * - ready (auto / create new) and needs-review + "create new anyway" → mass jobs of ≤ 50.
 * - resolved → checkConversion; merging into an existing record → a single convert, all-new → mass.
 * - needs-review without a decision, or failing choices → blocked.
 */
export function planBulkRun(input: BulkPlanInput): BulkPlan {
  const { rows, decisions, shared } = input;
  const mass: BulkRow[] = [];
  const singles: BulkPlanSingle[] = [];
  const skipped: RecordId[] = [];
  const blocked: BulkPlan['blocked'] = [];

  const labels: BulkPlan['labels'] = {};
  for (const row of rows) {
    if (row.lead) labels[row.leadId] = { name: row.lead.fullName, company: row.lead.company };
    if (row.status === 'cannot-convert' || row.status === 'unreadable' || !row.lead || !row.options) continue;
    const decision = decisions[row.leadId] ?? { kind: 'auto' };
    if (decision.kind === 'skip') skipped.push(row.leadId);
    else if (decision.kind === 'create-new' || (decision.kind === 'auto' && row.status === 'ready')) mass.push(row);
    else if (decision.kind === 'auto') blocked.push({ leadId: row.leadId, problems: [{ kind: 'needs-decision' }] });
    else if (!mergesIntoExisting(decision.choices)) mass.push(row);
    else {
      const context = contextOf(row, row.lead, row.options, input);
      const checked = checkConversion(context, singleChoices(decision.choices, shared, row.lead), input.today);
      if (checked.ok) singles.push({ leadId: row.leadId, converter: checked.converter, context });
      else blocked.push({ leadId: row.leadId, problems: checked.problems.map((problem) => ({ kind: 'choice' as const, problem })) });
    }
  }

  const massDeal = mass.length > 0 && shared.createDeal ? massDeals(input) : null;
  const sharedProblems: ChoiceProblem[] = massDeal && !massDeal.ok ? massDeal.problems : [];
  let massJobs: BulkPlanJob[] = [];
  if (sharedProblems.length > 0) {
    const problems: BulkPlanProblem[] = sharedProblems.map((problem) => ({ kind: 'deal-template', problem }));
    for (const row of mass) blocked.push({ leadId: row.leadId, problems });
  } else {
    massJobs = chunk(mass, MASS_JOB_SIZE).map((jobRows) => ({
      leadIds: jobRows.map((row) => row.leadId),
      request: massRequest(jobRows, input, massDeal?.ok ? massDeal.deal : undefined),
    }));
  }
  const massDealName = massDeal?.ok && massJobs.length > 0 ? String(massDeal.deal['Deal_Name']) : null;
  return { massJobs, singles, skipped, blocked, sharedProblems, massDealName, labels, cost: estimateCost(massJobs, singles.length) };
}

function mergesIntoExisting(choices: ConversionChoices): boolean {
  return choices.contact?.kind === 'existing' || choices.account?.kind === 'existing';
}

function contextOf(row: BulkRow, lead: Lead, options: NonNullable<BulkRow['options']>, input: BulkPlanInput): ConversionContext {
  const attribution = row.attribution ?? { contacts: {}, accounts: {}, unattributed: { Contacts: [], Accounts: [] }, leadFields: {} };
  return { lead, options, attribution, dealSetup: input.dealSetup, users: input.users, org: null };
}

/** The row's resolution (contact/account/overwrite) plus the shared options, with the deal name per lead. */
export function singleChoices(resolved: ConversionChoices, shared: BulkSharedOptions, lead: Lead): ConversionChoices {
  return {
    contact: resolved.contact,
    account: resolved.account,
    overwrite: resolved.overwrite,
    createDeal: shared.createDeal,
    deal: shared.createDeal ? templateValues(shared.deal, (name) => fillPlaceholders(name, lead)) : undefined,
    ownerId: shared.ownerId,
    notifyLeadOwner: shared.notifyLeadOwner,
    notifyNewOwner: shared.notifyNewOwner,
    attachmentsTo: shared.attachmentsTo,
    carryOverTags: shared.carryOverTags ? undefined : { Contacts: [], Accounts: [], Deals: [] },
  };
}

/** "{Company}" → the lead's Company (else its name), "{Lead name}" → its full name. */
export function fillPlaceholders(template: string, lead: Lead): string {
  const name = lead.fullName.trim();
  return template.replace(PLACEHOLDERS, (_, key: string) => (key === 'Company' ? lead.company?.trim() || name : name)).trim();
}

/** Mass jobs share one Deals object: placeholders are removed (documented in BulkPlan.massDealName). */
export function massDealNameOf(template: string, today: string): string {
  const name = template.replace(PLACEHOLDERS, '').replace(/\s+/g, ' ').replace(/^[\s\-–—:,]+|[\s\-–—:,]+$/g, '');
  return name || `Converted leads ${today}`;
}

// Empty template entries leave the derived default in place (closing date, pipeline, first stage).
function templateValues(template: DealValues, dealName: (name: string) => string): DealValues {
  const values: DealValues = {};
  for (const [key, value] of Object.entries(template)) if (value.trim() !== '') values[key] = value;
  values['Deal_Name'] = dealName(template['Deal_Name'] ?? '{Company}');
  return values;
}

type MassDeal = { ok: true; deal: Record<string, unknown> } | { ok: false; problems: ChoiceProblem[] };

function massDeals(input: BulkPlanInput): MassDeal {
  const setup = input.dealSetup ?? buildDealSetup({ leadsLayout: null, dealsLayout: null, pipelines: [], contactRoles: [] });
  const pipeline = defaultPipeline(setup.pipelines);
  const firstStage = pipeline ? [...pipeline.stages].sort((a, b) => a.sequence - b.sequence)[0]?.actualValue : undefined;
  const defaults: DealValues = {};
  for (const field of setup.fields) defaults[field.apiName] = field.input === 'boolean' ? 'false' : '';
  Object.assign(defaults, {
    Closing_Date: addDays(input.today, 30) ?? '',
    Pipeline: pipeline?.actualValue ?? '',
    Stage: firstStage ?? defaults['Stage'] ?? '',
  });
  const values = { ...defaults, ...templateValues(input.shared.deal, (name) => massDealNameOf(name, input.today)) };
  const checked = validateDeal(setup, values);
  if (!checked.ok) return { ok: false, problems: checked.errors.map(({ apiName, error }) => ({ kind: 'deal-field' as const, apiName, error })) };
  return { ok: true, deal: checked.deal };
}

function massRequest(rows: BulkRow[], input: BulkPlanInput, deal: Record<string, unknown> | undefined): MassConvertRequest {
  const { shared } = input;
  const request: MassConvertRequest = { ids: rows.map((row) => row.leadId) };
  if (deal) request.Deals = deal;
  if (shared.ownerId !== undefined) request.assign_to = { id: shared.ownerId };
  // Zoho creates an account exactly when the lead has a Company (Kaizen 137), so Accounts exists if any does.
  const anyAccount = rows.some((row) => Boolean(row.lead?.company?.trim()));
  const targets: TargetModule[] = ['Contacts', ...(anyAccount ? ['Accounts' as const] : []), ...(deal ? ['Deals' as const] : [])];
  const ref = (apiName: TargetModule) => {
    const module = input.modules.find((m) => m.apiName === apiName);
    return module ? { api_name: apiName, id: module.id } : null;
  };
  const anyTags = rows.some((row) => (row.lead?.tags.length ?? 0) > 0);
  if (shared.carryOverTags && anyTags) {
    const refs = targets.map(ref).filter((r) => r !== null);
    if (refs.length > 0) request.carry_over_tags = refs;
  }
  const attachments = ref(targets.includes(shared.attachmentsTo) ? shared.attachmentsTo : 'Contacts');
  if (attachments) request.move_attachments_to = attachments;
  return request;
}

function estimateCost(jobs: BulkPlanJob[], singles: number): BulkPlan['cost'] {
  const submits = jobs.length;
  const polls = jobs.reduce((sum, job) => sum + estimatePolls(job.leadIds.length), 0);
  const massLeads = jobs.reduce((sum, job) => sum + job.leadIds.length, 0);
  const readBacks = Math.ceil(massLeads / READ_BATCH_SIZE);
  const minimumCalls = submits + jobs.length + readBacks + singles;
  const calls = submits + polls + readBacks + singles;
  return { calls, credits: (calls - singles) * OTHER_CREDITS + singles * CONVERT_CREDITS, minimumCalls };
}

export function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

