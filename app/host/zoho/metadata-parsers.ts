// Parsers of the answers the duplicate-resolution screen does not wait for (deal metadata, users, org,
// modules): one chunk, fetched beside the first request that needs it, so the first load
// carries only what the resolution screen parses.
export { parseContactRoles } from './parse-contact-roles';
export { parseLayouts, parseSingleLayout } from './parse-layouts';
export { parseModules } from './parse-modules';
export { parseOrg } from './parse-org';
export { parsePipelines } from './parse-pipelines';
export { parseUsers } from './parse-users';
