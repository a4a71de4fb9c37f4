// GET /crm/v7/settings/modules (§5.8): module ids are what mass convert's module references carry.
import type { SimResponse } from '../sim-http';
import { json } from '../http/responses';
import type { HandlerContext } from './handler-context';

const LABELS: Record<string, [string, string]> = {
  Leads: ['Lead', 'Leads'],
  Contacts: ['Contact', 'Contacts'],
  Accounts: ['Account', 'Accounts'],
  Deals: ['Deal', 'Deals'],
};

export function modules(ctx: HandlerContext): SimResponse {
  const { moduleIds } = ctx.org;
  const hidden = new Set([
    ...(ctx.org.flags.contactsModuleAvailable ? [] : ['Contacts']),
    ...(ctx.org.flags.accountsModuleAvailable ? [] : ['Accounts']),
  ]);
  const list = Object.entries(moduleIds).map(([apiName, id]) => {
    const [singular, plural] = LABELS[apiName] ?? [apiName, apiName];
    return {
      api_name: apiName,
      id,
      module_name: apiName,
      singular_label: singular,
      plural_label: plural,
      // A module removed from "Organize modules" stays listed but is not visible [INFERRED].
      visible: !hidden.has(apiName),
      api_supported: true,
      convertable: apiName === 'Leads',
      creatable: true,
      editable: true,
    };
  });
  return json(200, { modules: list });
}
