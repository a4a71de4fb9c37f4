// The calls the duplicate-resolution screen never makes: the bulk flow's lead reads and mass convert, and a
// merge's record reads, search, update and note. One chunk, loaded by the host on the first such call.
import { CrmError } from '../../api/crm-error';
import type { CallOptions, CrmHost, RecordModule, RecordSearch, RecordUpdate } from '../../api/crm-host';
import { parseLeadsResponse } from './parse-lead';
import { parseMassConvertJob } from './parse-mass-convert-job';
import { parseMassConvertStatus } from './parse-mass-convert-status';
import { parseRecordResponse, parseSearchResponse, parseWriteResult } from './parse-records';
import { ALL_STATES, V7 } from './read-params';
import { checkBodyIds, checkedId } from './record-id';
import type { TransportRequest } from './transport';

/** The host's request helpers the calls run on (timeouts, error mapping, parse-at). */
export type CallKit = {
  read<T>(operation: string, request: TransportRequest, parse: (body: unknown) => T, call?: CallOptions): Promise<T>;
  write<T>(operation: string, request: TransportRequest, parse: (body: unknown) => T): Promise<T>;
  get(path: string, params?: Record<string, string>): TransportRequest;
};

export type LazyCalls = Pick<CrmHost, 'getLeads' | 'massConvert' | 'getMassConvertStatus' | 'getRecord' | 'searchRecords' | 'updateRecord' | 'addNote'>;

const MAX_LEADS_PER_READ = 100;
const MAX_MASS_CONVERT = 50;
// A list read returns only the named fields, system ($) ones included; third-party code requests
// $converted_detail this way, so the $ keys the Lead type needs are named explicitly.
const LEAD_FIELDS = [
  'First_Name', 'Last_Name', 'Full_Name', 'Company', 'Email', 'Phone', 'Mobile', 'Owner', 'Layout', 'Tag',
  'Lead_Status', 'Lead_Source', 'Designation', 'Website', 'Locked__s',
  '$converted', '$converted_detail', '$approval_state', '$in_merge', '$editable',
].join(',');

export function createLazyCalls({ read, write, get }: CallKit): LazyCalls {
  return {
    getLeads: async (leadIds, call) => {
      const ids = leadIds.map((id) => checkedId(id, 'getLeads'));
      if (ids.length === 0) return [];
      if (ids.length > MAX_LEADS_PER_READ) throw tooMany('getLeads', MAX_LEADS_PER_READ);
      const params = { ids: ids.join(','), fields: LEAD_FIELDS, ...ALL_STATES };
      return read('getLeads', get('/Leads', params), parseLeadsResponse, call);
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

    getRecord: async (module, id, call) =>
      read('getRecord', get(`/${checkedModule(module, 'getRecord')}/${checkedId(id, 'getRecord')}`), parseRecordResponse(module), call),

    searchRecords: async (module, search, call) =>
      read('searchRecords', get(`/${checkedModule(module, 'searchRecords')}/search`, searchParams(search)), parseSearchResponse(module), call),

    // A PUT of the same values is harmless to repeat, but a lost answer still hides whether it was applied.
    updateRecord: async (module, id, fields) => {
      const request: TransportRequest = {
        method: 'PUT',
        path: `${V7}/${checkedModule(module, 'updateRecord')}/${checkedId(id, 'updateRecord')}`,
        body: { data: [checkedFields(fields)] },
      };
      return write('updateRecord', request, parseWriteResult);
    },

    addNote: async (target, note) => {
      const request: TransportRequest = {
        method: 'POST',
        path: `${V7}/${checkedModule(target.module, 'addNote')}/${checkedId(target.id, 'addNote')}/Notes`,
        body: { data: [{ Note_Title: note.title, Note_Content: note.content }] },
      };
      return write('addNote', request, parseWriteResult);
    },
  };
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
