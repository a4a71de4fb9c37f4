// Parsers of the answers the duplicate-resolution screen does not wait for (deal metadata, users, org,
// modules, mass convert, the records a merge reads and writes): one chunk, fetched beside the first request that needs it, so the first load
// carries only what the resolution screen parses.
export { parseContactRoles } from './parse-contact-roles';
export { parseLayouts, parseSingleLayout } from './parse-layouts';
export { parseMassConvertJob } from './parse-mass-convert-job';
export { parseMassConvertStatus } from './parse-mass-convert-status';
export { parseModules } from './parse-modules';
export { parseOrg } from './parse-org';
export { parsePipelines } from './parse-pipelines';
export { parseRecordResponse, parseSearchResponse, parseWriteResult } from './parse-records';
export { parseCurrentUser, parseUsers } from './parse-users';
