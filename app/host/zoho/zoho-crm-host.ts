import { CrmError } from '../../api/crm-error';
import type { CallOptions, ConversionOptions, CrmHost } from '../../api/crm-host';
import { parseAt } from './parse-at';
import { parseContactRoles } from './parse-contact-roles';
import { parseConversionOptions } from './parse-conversion-options';
import { parseConvertResult } from './parse-convert-result';
import { parseLayouts, parseSingleLayout } from './parse-layouts';
import { parseLeadResponse, parseLeadsResponse } from './parse-lead';
import { parseMassConvertJob } from './parse-mass-convert-job';
import { parseMassConvertStatus } from './parse-mass-convert-status';
import { parseModules } from './parse-modules';
import { parseOrg } from './parse-org';
import { parsePipelines } from './parse-pipelines';
import { parseCurrentUser, parseUsers } from './parse-users';
import { checkBodyIds, checkedId } from './record-id';
import { createSendRequest, DEFAULT_TIMEOUTS, type Timeouts } from './send-request';
import type { TransportRequest, ZohoTransport } from './transport';
import { createUiCalls } from './zoho-ui-calls';
import type { ZohoUi } from './zoho-ui';

export type ZohoHostOptions = {
  /** Defaults: reads 20 s, convert / mass convert 45 s, UI calls 10 s. */
  timeouts?: Partial<Timeouts> | undefined;
};

const V7 = '/crm/v7';
const MAX_LEADS_PER_READ = 100;
const MAX_MASS_CONVERT = 50;
const NO_MATCHES: ConversionOptions = {
  available: true,
  modulePreference: null,
  contacts: [],
  accounts: [],
  matchedOn: { contacts: [], accounts: [] },
  modulesWithMultipleLayouts: [],
};
// A list read returns only the named fields, system ($) ones included; third-party code requests
// $converted_detail this way, so the $ keys the Lead type needs are named explicitly.
const LEAD_FIELDS = [
  'First_Name', 'Last_Name', 'Full_Name', 'Company', 'Email', 'Phone', 'Mobile', 'Owner', 'Layout', 'Tag',
  'Lead_Status', 'Lead_Source', 'Designation', 'Website', 'Locked__s',
  '$converted', '$converted_detail', '$approval_state', '$in_merge', '$editable',
].join(',');
// Default reads hide converted and not-yet-approved leads; the widget must still see them to explain
// why it cannot convert (and to confirm a convert whose answer was lost actually committed).
const ALL_STATES = { converted: 'both', approved: 'both' };

export function createZohoCrmHost(transport: ZohoTransport, ui: ZohoUi, options: ZohoHostOptions = {}): CrmHost {
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  const send = createSendRequest(transport, timeouts);

  async function read<T>(operation: string, request: TransportRequest, parse: (body: unknown) => T, call?: CallOptions) {
    const body = await send({ operation, request, idempotent: true, signal: call?.signal });
    return parseAt(operation, () => parse(body));
  }
  async function write<T>(operation: string, request: TransportRequest, parse: (body: unknown) => T) {
    const body = await send({ operation, request, idempotent: false });
    return parseAt(operation, () => parse(body));
  }
  const get = (path: string, params?: Record<string, string>): TransportRequest => ({ method: 'GET', path: V7 + path, params });

  return {
    getLead: async (leadId, call) =>
      read('getLead', get(`/Leads/${checkedId(leadId, 'getLead')}`, ALL_STATES), parseLeadResponse, call),

    getLeads: async (leadIds, call) => {
      const ids = leadIds.map((id) => checkedId(id, 'getLeads'));
      if (ids.length === 0) return [];
      if (ids.length > MAX_LEADS_PER_READ) throw tooMany('getLeads', MAX_LEADS_PER_READ);
      const params = { ids: ids.join(','), fields: LEAD_FIELDS, ...ALL_STATES };
      return read('getLeads', get('/Leads', params), parseLeadsResponse, call);
    },

    getConversionOptions: async (leadId, call) => {
      const options = await read(
        'getConversionOptions',
        get(`/Leads/${checkedId(leadId, 'getConversionOptions')}/__conversion_options`),
        parseConversionOptions,
        call,
      );
      if (options.available) return options;
      // Zoho answers 204 both when nothing matches (in orgs without extra layouts) and when the Contacts
      // module is removed (§2.3); only the second blocks conversion, so ask which one it is.
      const modules = await read('getModules', get('/settings/modules'), parseModules, call);
      const contacts = modules.find((module) => module.apiName === 'Contacts');
      return contacts?.visible ? NO_MATCHES : options;
    },

    convertLead: async (leadId, converter) => {
      checkBodyIds('convertLead', converter);
      return write(
        'convertLead',
        { method: 'POST', path: `${V7}/Leads/${checkedId(leadId, 'convertLead')}/actions/convert`, body: { data: [converter] } },
        parseConvertResult,
      );
    },

    massConvert: async (request) => {
      request.ids.forEach((id) => checkedId(id, 'massConvert'));
      checkBodyIds('massConvert', request);
      if (request.ids.length === 0 || request.ids.length > MAX_MASS_CONVERT) throw tooMany('massConvert', MAX_MASS_CONVERT);
      return write('massConvert', { method: 'POST', path: `${V7}/Leads/actions/mass_convert`, body: request }, parseMassConvertJob);
    },

    getMassConvertStatus: async (jobId, call) =>
      read(
        'getMassConvertStatus',
        get('/Leads/actions/mass_convert', { job_id: checkedId(jobId, 'getMassConvertStatus', 'job id') }),
        parseMassConvertStatus,
        call,
      ),

    getLayouts: async (module, call) => read('getLayouts', get('/settings/layouts', { module }), parseLayouts, call),

    getLayout: async (module, layoutId, call) =>
      read(
        'getLayout',
        get(`/settings/layouts/${checkedId(layoutId, 'getLayout', 'layout id')}`, { module }),
        parseSingleLayout,
        call,
      ),

    getPipelines: async (dealsLayoutId, call) =>
      read(
        'getPipelines',
        get('/settings/pipeline', { layout_id: checkedId(dealsLayoutId, 'getPipelines', 'layout id') }),
        parsePipelines,
        call,
      ),

    getContactRoles: async (call) => read('getContactRoles', get('/Contacts/roles'), parseContactRoles, call),
    getActiveUsers: async (call) => read('getActiveUsers', get('/users', { type: 'ActiveUsers' }), parseUsers, call),
    getCurrentUser: async (call) => read('getCurrentUser', get('/users', { type: 'CurrentUser' }), parseCurrentUser, call),
    getOrg: async (call) => read('getOrg', get('/org'), parseOrg, call),
    getModules: async (call) => read('getModules', get('/settings/modules'), parseModules, call),

    ...createUiCalls(ui, timeouts.uiMs),
  };
}

function tooMany(operation: string, max: number): CrmError {
  return new CrmError({
    kind: 'invalid-input',
    operation,
    message: `${operation} takes between 1 and ${max} ids per call`,
    mayHaveExecuted: false,
  });
}
