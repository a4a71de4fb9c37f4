import { CrmError } from '../../api/crm-error';
import type { CallOptions, ConversionOptions, CrmHost } from '../../api/crm-host';
import { parseAt } from './parse-at';
import { parseConversionOptions } from './parse-conversion-options';
import { parseConvertResult } from './parse-convert-result';
import type { LazyCalls } from './lazy-calls';
import { parseLeadResponse } from './parse-lead';
import { parseCurrentUser } from './parse-users';
import { ALL_STATES, V7 } from './read-params';
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

const NO_MATCHES: ConversionOptions = {
  available: true,
  modulePreference: null,
  contacts: [],
  accounts: [],
  matchedOn: { contacts: [], accounts: [] },
  modulesWithMultipleLayouts: [],
};

type MetadataParsers = typeof metadataParsers;
type Parse<T> = (body: unknown) => T;

let parsersChunk: Promise<MetadataParsers> | null = null;

/** The metadata parsers' chunk; a failed download is a network error the caller can retry, and is forgotten. */
function loadMetadataParsers(operation: string): Promise<MetadataParsers> {
  parsersChunk ??= import('./metadata-parsers');
  return parsersChunk.catch((error: unknown) => {
    parsersChunk = null;
    throw downloadFailed(operation, error);
  });
}

function downloadFailed(operation: string, error: unknown): CrmError {
  return new CrmError({
    kind: 'network',
    operation,
    message: `${operation}: part of Lead Convert could not be downloaded (${error instanceof Error ? error.message : String(error)})`,
    mayHaveExecuted: false,
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
  let lazy: Promise<LazyCalls> | null = null;
  /** The lazy calls' chunk (a download failure is a network error before anything was sent, and is forgotten). */
  const lazyCalls = (operation: string): Promise<LazyCalls> => {
    lazy ??= import('./lazy-calls').then((module) => module.createLazyCalls({ read, write, get }));
    return lazy.catch((error: unknown) => {
      lazy = null;
      throw downloadFailed(operation, error);
    });
  };

  return {
    getLead: async (leadId, call) =>
      read('getLead', get(`/Leads/${checkedId(leadId, 'getLead')}`, ALL_STATES), parseLeadResponse, call),

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

    // The calls the resolution screen never makes live in their own chunk (lazy-calls.ts).
    getLeads: async (leadIds, call) => (await lazyCalls('getLeads')).getLeads(leadIds, call),
    massConvert: async (request) => (await lazyCalls('massConvert')).massConvert(request),
    getMassConvertStatus: async (jobId, call) => (await lazyCalls('getMassConvertStatus')).getMassConvertStatus(jobId, call),
    getRecord: async (module, id, call) => (await lazyCalls('getRecord')).getRecord(module, id, call),
    searchRecords: async (module, search, call) => (await lazyCalls('searchRecords')).searchRecords(module, search, call),
    updateRecord: async (module, id, fields) => (await lazyCalls('updateRecord')).updateRecord(module, id, fields),
    addNote: async (target, note) => (await lazyCalls('addNote')).addNote(target, note),

    convertLead: async (leadId, converter) => {
      checkBodyIds('convertLead', converter);
      return write(
        'convertLead',
        { method: 'POST', path: `${V7}/Leads/${checkedId(leadId, 'convertLead')}/actions/convert`, body: { data: [converter] } },
        parseConvertResult,
      );
    },

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
    // The rep's own record decides the language every screen waits for: its parser is in the first load.
    getCurrentUser: async (call) => read('getCurrentUser', get('/users', { type: 'CurrentUser' }), parseCurrentUser, call),
    getOrg: async (call) => readMetadata('getOrg', get('/org'), (parsers) => parsers.parseOrg, call),
    getModules: async (call) => readMetadata('getModules', get('/settings/modules'), (parsers) => parsers.parseModules, call),

    ...createUiCalls(ui, timeouts.uiMs),
  };
}

function executedAnyway(error: CrmError): CrmError {
  const { kind, message, code, httpStatus, details, operation } = error;
  return new CrmError({ kind, message, code, httpStatus, details, operation, mayHaveExecuted: true });
}

