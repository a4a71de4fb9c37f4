import { CrmError } from '../../api/crm-error';
import type { CallOptions, ConversionOptions, CrmHost, RecordModule, RecordSearch, RecordUpdate } from '../../api/crm-host';
import { parseAt } from './parse-at';
import { parseConversionOptions } from './parse-conversion-options';
import { parseConvertResult } from './parse-convert-result';
import { parseLeadResponse, parseLeadsResponse } from './parse-lead';
import type * as metadataParsers from './metadata-parsers';
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

type MetadataParsers = typeof metadataParsers;
type Parse<T> = (body: unknown) => T;

let parsersChunk: Promise<MetadataParsers> | null = null;

/** The metadata parsers' chunk; a failed download is a network error the caller can retry, and is forgotten. */
function loadMetadataParsers(operation: string): Promise<MetadataParsers> {
  parsersChunk ??= import('./metadata-parsers');
  return parsersChunk.catch((error: unknown) => {
    parsersChunk = null;
    throw new CrmError({
      kind: 'network',
      operation,
      message: `${operation}: part of Lead Convert could not be downloaded (${error instanceof Error ? error.message : String(error)})`,
      mayHaveExecuted: false,
    });
  });
}

export function createZohoCrmHost(transport: ZohoTransport, ui: ZohoUi, options: ZohoHostOptions = {}): CrmHost {
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  const send = createSendRequest(transport, timeouts);

  async function read<T>(operation: string, request: TransportRequest, parse: (body: unknown) => T, call?: CallOptions) {
    const body = await send({ operation, request, idempotent: true, signal: call?.signal });
    return parseAt(operation, () => parse(body));
  }
  /** A read whose parser is in the metadata chunk: the chunk downloads while the request is in flight. */
  async function readMetadata<T>(operation: string, request: TransportRequest, pick: (parsers: MetadataParsers) => Parse<T>, call?: CallOptions) {
    const parsers = loadMetadataParsers(operation);
    parsers.catch(() => undefined); // awaited below; a failure there must not also be an unhandled rejection
    const body = await send({ operation, request, idempotent: true, signal: call?.signal });
    const parse = pick(await parsers);
    return parseAt(operation, () => parse(body));
  }
  async function write<T>(operation: string, request: TransportRequest, parse: (body: unknown) => T) {
    const body = await send({ operation, request, idempotent: false });
    try {
      return parseAt(operation, () => parse(body));
    } catch (error) {
      // Zoho answered 2xx: the write ran; only its receipt is unreadable, so the caller must reconcile, not resend.
      throw error instanceof CrmError && error.kind === 'malformed' ? executedAnyway(error) : error;
    }
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
      const modules = await readMetadata('getModules', get('/settings/modules'), (parsers) => parsers.parseModules, call);
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
      // The parser is fetched before the POST: a download failure then means nothing was sent.
      const { parseMassConvertJob } = await loadMetadataParsers('massConvert');
      return write('massConvert', { method: 'POST', path: `${V7}/Leads/actions/mass_convert`, body: request }, parseMassConvertJob);
    },

    getMassConvertStatus: async (jobId, call) =>
      readMetadata(
        'getMassConvertStatus',
        get('/Leads/actions/mass_convert', { job_id: checkedId(jobId, 'getMassConvertStatus', 'job id') }),
        (parsers) => parsers.parseMassConvertStatus,
        call,
      ),

    getLayouts: async (module, call) => readMetadata('getLayouts', get('/settings/layouts', { module }), (parsers) => parsers.parseLayouts, call),

    getLayout: async (module, layoutId, call) =>
      readMetadata(
        'getLayout',
        get(`/settings/layouts/${checkedId(layoutId, 'getLayout', 'layout id')}`, { module }),
        (parsers) => parsers.parseSingleLayout,
        call,
      ),

    getPipelines: async (dealsLayoutId, call) =>
      readMetadata(
        'getPipelines',
        get('/settings/pipeline', { layout_id: checkedId(dealsLayoutId, 'getPipelines', 'layout id') }),
        (parsers) => parsers.parsePipelines,
        call,
      ),

    getContactRoles: async (call) => readMetadata('getContactRoles', get('/Contacts/roles'), (parsers) => parsers.parseContactRoles, call),
    getActiveUsers: async (call) => readMetadata('getActiveUsers', get('/users', { type: 'ActiveUsers' }), (parsers) => parsers.parseUsers, call),
    getCurrentUser: async (call) => readMetadata('getCurrentUser', get('/users', { type: 'CurrentUser' }), (parsers) => parsers.parseCurrentUser, call),
    getOrg: async (call) => readMetadata('getOrg', get('/org'), (parsers) => parsers.parseOrg, call),
    getModules: async (call) => readMetadata('getModules', get('/settings/modules'), (parsers) => parsers.parseModules, call),

    getRecord: async (module, id, call) =>
      readMetadata('getRecord', get(`/${checkedModule(module, 'getRecord')}/${checkedId(id, 'getRecord')}`), (parsers) => parsers.parseRecordResponse(module), call),

    searchRecords: async (module, search, call) =>
      readMetadata('searchRecords', get(`/${checkedModule(module, 'searchRecords')}/search`, searchParams(search)), (parsers) => parsers.parseSearchResponse(module), call),

    // A PUT of the same values is harmless to repeat, but a lost answer still hides whether it was applied.
    updateRecord: async (module, id, fields) => {
      const request: TransportRequest = {
        method: 'PUT',
        path: `${V7}/${checkedModule(module, 'updateRecord')}/${checkedId(id, 'updateRecord')}`,
        body: { data: [checkedFields(fields)] },
      };
      // The parser is fetched before the write: a download failure then means nothing was sent.
      const { parseWriteResult } = await loadMetadataParsers('updateRecord');
      return write('updateRecord', request, parseWriteResult);
    },

    addNote: async (target, note) => {
      const request: TransportRequest = {
        method: 'POST',
        path: `${V7}/${checkedModule(target.module, 'addNote')}/${checkedId(target.id, 'addNote')}/Notes`,
        body: { data: [{ Note_Title: note.title, Note_Content: note.content }] },
      };
      const { parseWriteResult } = await loadMetadataParsers('addNote');
      return write('addNote', request, parseWriteResult);
    },

    ...createUiCalls(ui, timeouts.uiMs),
  };
}

function executedAnyway(error: CrmError): CrmError {
  const { kind, message, code, httpStatus, details, operation } = error;
  return new CrmError({ kind, message, code, httpStatus, details, operation, mayHaveExecuted: true });
}

const RECORD_MODULES: readonly RecordModule[] = ['Contacts', 'Accounts'];
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
// Zoho's word search needs at least 2 characters (records API docs) [INFERRED: the exact limit for email/phone].
const MIN_SEARCH_LENGTH = 2;

/** The module goes into the URL path, so only the two record modules the widget merges into are let through. */
function checkedModule(module: unknown, operation: string): RecordModule {
  if (RECORD_MODULES.includes(module as RecordModule)) return module as RecordModule;
  throw invalidInput(operation, `${operation}: ${JSON.stringify(module)} is not Contacts or Accounts`);
}

function searchParams(search: RecordSearch): Record<string, string> {
  const value = search.value.trim();
  if (!['email', 'phone', 'word'].includes(search.by) || value.length < MIN_SEARCH_LENGTH) {
    throw invalidInput('searchRecords', `searchRecords needs an email, phone or word of at least ${MIN_SEARCH_LENGTH} characters`);
  }
  return { [search.by]: value };
}

/** Only API names (no $ system keys, no id) with scalar values; an empty update would be a pointless call. */
function checkedFields(fields: RecordUpdate): RecordUpdate {
  const names = Object.keys(fields);
  const bad = names.find((name) => !FIELD_NAME.test(name) || name === 'id');
  if (names.length === 0 || bad !== undefined) {
    throw invalidInput('updateRecord', bad === undefined ? 'updateRecord needs at least one field' : `updateRecord: ${bad} is not a writable field name`);
  }
  return fields;
}

function invalidInput(operation: string, message: string): CrmError {
  return new CrmError({ kind: 'invalid-input', operation, message, mayHaveExecuted: false });
}

function tooMany(operation: string, max: number): CrmError {
  return new CrmError({
    kind: 'invalid-input',
    operation,
    message: `${operation} takes between 1 and ${max} ids per call`,
    mayHaveExecuted: false,
  });
}
