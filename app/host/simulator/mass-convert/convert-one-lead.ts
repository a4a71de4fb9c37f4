// One lead of a mass-convert job: always new records (mass convert never merges); false = this lead failed.
import type { IdGenerator } from '../org/id-generator';
import { applyConversion } from '../convert/apply-conversion';
import { duplicateProblem } from '../convert/find-duplicates';
import { leadStateError } from '../convert/lead-state';
import { mapLeadFields } from '../org/field-mapping';
import { findById, text, userRef } from '../org/org-store';
import type { OrgState, TargetModule } from '../org/org-types';
import type { MassTemplate } from './mass-convert-jobs';

export function convertOneLead(org: OrgState, ids: IdGenerator, leadId: string, template: MassTemplate): boolean {
  const lead = findById(org.leads, leadId);
  if (!lead || leadStateError(lead, 'convert') !== null) return false;
  const createAccount = text(lead, 'Company') !== null;
  if (duplicateProblem(org, 'Contacts', mapLeadFields('Contacts', lead))) return false;
  if (createAccount && duplicateProblem(org, 'Accounts', mapLeadFields('Accounts', lead))) return false;
  const assignee = template.assignToId !== undefined ? findById(org.users, template.assignToId) : undefined;
  const leadTags = ((lead.Tag as { name: string }[] | undefined) ?? []).map((t) => t.name);
  const tags: Partial<Record<TargetModule, string[]>> = Object.fromEntries(template.tagModules.map((m) => [m, leadTags]));
  const target = template.attachmentsTo ?? 'Contacts';
  const attachmentsTo = (target === 'Deals' && !template.deals) || (target === 'Accounts' && !createAccount) ? 'Contacts' : target;
  applyConversion(org, ids, {
    lead,
    contact: undefined,
    account: undefined,
    createAccount,
    deal: template.deals ? { ...template.deals } : undefined,
    owner: assignee ? userRef(assignee) : (lead.Owner as { name: unknown; id: string; email: unknown }),
    overwrite: false,
    tags,
    attachmentsTo,
  });
  return true;
}
