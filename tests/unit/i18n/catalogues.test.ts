import { describe, expect, it } from 'vitest';
import type { MergeRow } from '../../../app/domain/merge/field-diff';
import type { AuditFacts } from '../../../app/domain/merge/merge-plan';
import type { ReviewSentence } from '../../../app/domain/review-sentences';
import { de } from '../../../app/i18n/de';
import { deBulk } from '../../../app/i18n/de-bulk';
import { deBulkReasons } from '../../../app/i18n/de-bulk-reasons';
import { deConvertFailure } from '../../../app/i18n/de-convert-failure';
import { deDeal } from '../../../app/i18n/de-deal';
import { deIneligible } from '../../../app/i18n/de-ineligible';
import { deMerge } from '../../../app/i18n/de-merge';
import { deOptions } from '../../../app/i18n/de-options';
import { deResult } from '../../../app/i18n/de-result';
import { deReview } from '../../../app/i18n/de-review';
import { en } from '../../../app/i18n/en';
import { enBulk } from '../../../app/i18n/en-bulk';
import { enBulkReasons } from '../../../app/i18n/en-bulk-reasons';
import { enConvertFailure } from '../../../app/i18n/en-convert-failure';
import { enDeal } from '../../../app/i18n/en-deal';
import { enIneligible } from '../../../app/i18n/en-ineligible';
import { enMerge } from '../../../app/i18n/en-merge';
import { enOptions } from '../../../app/i18n/en-options';
import { enResult } from '../../../app/i18n/en-result';
import { enReview } from '../../../app/i18n/en-review';

// Every catalogue part, English beside German. core mounts `conversion` and `resolution`.
const parts: { name: string; en: unknown; de: unknown }[] = [
  { name: 'core', en, de },
  { name: 'bulk', en: enBulk, de: deBulk },
  { name: 'bulkReasons', en: enBulkReasons, de: deBulkReasons },
  { name: 'deal', en: enDeal, de: deDeal },
  { name: 'options', en: enOptions, de: deOptions },
  { name: 'result', en: enResult, de: deResult },
  { name: 'review', en: enReview, de: deReview },
  { name: 'convertFailure', en: enConvertFailure, de: deConvertFailure },
  { name: 'ineligible', en: enIneligible, de: deIneligible },
  { name: 'merge', en: enMerge, de: deMerge },
];

/** The same words in both languages, on purpose (names, product terms German uses as they are, dashes). */
const SAME_IN_GERMAN = new Set(['Lead Convert', '—', 'Status', 'Lead', 'Details', 'Pipeline', 'Name', 'Website', 'Layout', '(optional)']);
/** Functions that only arrange the values passed in, with no words of their own. */
const FORMAT_ONLY = new Set(['bulk.resolvedAs', 'bulkReasons.singleFailed']);

const modules = [['Contacts'], ['Accounts']];
const targets = [['Contacts'], ['Accounts'], ['Deals']];
const counts = [[0], [1], [2]];
const name = [['Pat Boyle']];
const progress = [[0, 10], [1, 1], [3, 10]];
const sentences: ReviewSentence[] = [
  { kind: 'contact-new', name: 'Pat Boyle' },
  { kind: 'contact-existing', name: 'Pat Boyle', matchedOn: [], leadName: 'Pat B.' },
  { kind: 'contact-existing', name: 'Pat Boyle', matchedOn: ['Phone', 'Email'], leadName: 'Pat B.' },
  { kind: 'account-new', name: 'Zylker' },
  { kind: 'account-existing', name: 'Zylker', followsContact: true },
  { kind: 'account-existing', name: 'Zylker', followsContact: false },
  { kind: 'account-none' },
  { kind: 'account-renamed', from: 'Zylker', to: 'Zylker Biotech' },
  { kind: 'deal', name: 'Zylker', pipeline: 'Standard', stage: 'Qualification', closingDate: '2024-10-20', amount: 20000000, currency: 'USD' },
  { kind: 'deal', name: 'Zylker', pipeline: '', stage: 'Qualification', closingDate: '2024-10-20', amount: null, currency: null },
  { kind: 'no-deal' },
  { kind: 'owner', name: 'Amy Lee', records: ['Contacts'] },
  { kind: 'owner', name: 'Amy Lee', records: ['Contacts', 'Accounts', 'Deals'] },
  { kind: 'notify-lead-owner', name: 'Amy Lee' },
  { kind: 'notify-lead-owner', name: '' },
  { kind: 'notify-new-owner', records: ['Contacts', 'Deals'] },
  { kind: 'attachments', module: 'Deals' },
  { kind: 'tags', module: 'Accounts', names: ['VIP', 'Fair', 'Q4'] },
];
const overwritten: MergeRow = { field: 'Phone', label: 'Phone', leadField: 'Phone', leadValue: '030 1201', recordValue: '030 1999', leadRaw: '030 1201', kind: 'differs', heldElsewhere: false };
const filled: MergeRow = { field: 'Mobile', label: 'Mobile', leadField: 'Mobile', leadValue: '0170 1202', recordValue: null, leadRaw: '0170 1202', kind: 'fills-empty', heldElsewhere: false };
const keptTitle: MergeRow = { field: 'Title', label: 'Title', leadField: 'Designation', leadValue: 'Head of Ops', recordValue: 'Ops', leadRaw: 'Head of Ops', kind: 'differs', heldElsewhere: false };
const emailMatch = { apiName: 'Email', label: 'Email', value: 'mia@mergely.example', strength: 'strong' as const };
const auditFacts: AuditFacts[] = [
  {
    leadName: 'Mia Merge',
    contact: { kind: 'existing', name: 'Mia Merge', origin: 'suggested', matchedOn: [emailMatch], followsContact: false },
    account: { kind: 'existing', name: 'Mergely GmbH', origin: 'suggested', matchedOn: [], followsContact: true },
    records: [
      { module: 'Contacts', name: 'Mia Merge', changes: [overwritten, filled], kept: [keptTitle] },
      { module: 'Accounts', name: 'Mergely GmbH', changes: [], kept: [] },
    ],
  },
  {
    leadName: 'Mia Merge',
    contact: { kind: 'existing', name: 'Sara Searchme', origin: 'searched', matchedOn: [], followsContact: false },
    account: { kind: 'new' },
    records: [],
  },
  {
    leadName: 'Mia Merge',
    contact: { kind: 'existing', name: 'Mia Merge', origin: 'chosen', matchedOn: [emailMatch, { ...emailMatch, apiName: 'Phone', label: 'Phone', value: '030 1201' }], followsContact: false },
    account: { kind: 'none' },
    records: [{ module: 'Contacts', name: 'Mia Merge', changes: [filled], kept: [] }],
  },
  { leadName: 'Mia Merge', contact: { kind: 'new' }, account: { kind: 'existing', name: 'Mergely GmbH', origin: 'searched', matchedOn: [], followsContact: false }, records: [] },
];
const recordNameCount = [['Contacts', 'Mia Merge', 1], ['Contacts', 'Mia Merge', 2], ['Accounts', 'Mergely GmbH', 1], ['Accounts', 'Mergely GmbH', 3]];
const dealErrors = ['required', 'not-a-date', 'not-a-number', 'negative', 'too-long', 'not-an-option', 'stage-not-in-pipeline', 'not-an-integer', 'out-of-range'];

/** Arguments to call each catalogue function with, as the components and the engine call it; every branch at least once. */
const SAMPLE_ARGS: Record<string, unknown[][]> = {
  'core.leadsSelected': counts.slice(1),
  'core.unsupportedNotLeads': [['Contacts'], [null]],
  'core.unsupportedTooMany': [[120, 100]],
  'core.errors.generic': [['INVALID_DATA']],
  'core.single.busyRetrying': [[5, 1]],
  'core.single.moduleName': targets,
  'core.draft.dropped': [['contact'], ['account'], ['owner']],
  'core.conversion.resolutionNote': [
    [{ kind: 'account-follows-contact', contactName: 'Pat Boyle', accountName: 'Zylker' }],
    [{ kind: 'no-account-without-company' }],
    [{ kind: 'overwrite-available', contactAccountName: 'Zylker', leadCompany: 'Zylker Biotech' }],
  ],
  'core.conversion.dealFieldError': [...dealErrors.map((error) => [error]), ['too-long', { maxLength: 120 }]],
  'core.conversion.choiceProblem': [
    [{ kind: 'choose-contact' }],
    [{ kind: 'choose-account' }],
    [{ kind: 'candidate-disabled', module: 'Contacts', id: '1', reason: 'locked' }],
    [{ kind: 'candidate-disabled', module: 'Accounts', id: '1', reason: 'account-locked' }],
    [{ kind: 'candidate-disabled', module: 'Accounts', id: '1', reason: 'not-editable' }],
    [{ kind: 'candidate-disabled', module: 'Contacts', id: '1', reason: 'not-approved' }],
    [{ kind: 'candidate-unknown', module: 'Contacts', id: '1' }],
    [{ kind: 'candidate-unknown', module: 'Accounts', id: '1' }],
    [{ kind: 'deal-field', apiName: 'Amount', error: 'negative' }, { label: 'Amount' }],
    [{ kind: 'owner-unknown', id: '7' }],
  ],
  'core.resolution.legend': modules,
  'core.resolution.matchCount': [['Contacts', 0], ['Contacts', 1], ['Contacts', 2], ['Accounts', 0], ['Accounts', 1], ['Accounts', 3]],
  'core.resolution.unseenMatch': [['Contacts', 'Phone', { also: false }], ['Accounts', 'Phone', { also: true }]],
  'core.resolution.chooseError': modules,
  'core.resolution.createNew': modules,
  'core.resolution.createNewHint': modules,
  'core.resolution.suggestedBecause': [['Phone', { unique: true }], ['Email', { unique: false }]],
  'core.resolution.fieldMatches': [['Phone']],
  'core.resolution.weakEvidence': modules,
  'core.resolution.followsContact': name,
  'core.resolution.otherAccountFixed': name,
  'core.resolution.lockedByContact': name,
  'core.resolution.openAccount': [['Zylker']],
  'core.resolution.compareWith': name,
  'core.resolution.compareTitle': [['Contacts', 'Pat Boyle'], ['Accounts', 'Zylker']],
  'core.resolution.compareCandidate': modules,
  'core.resolution.leadMatches': [[['Contacts']], [['Accounts']], [['Contacts', 'Accounts']]],
  'core.resolution.overwriteLabel': [['Zylker Biotech']],
  'core.resolution.overwriteExplanation': [['Pat Boyle', 'Zylker', 'Zylker Biotech'], [null, 'Zylker', 'Zylker Biotech']],
  'bulk.reading': progress,
  'bulk.checking': progress,
  'bulk.cancelled': progress,
  'bulk.filterAll': counts,
  'bulk.filterReady': counts,
  'bulk.filterReview': counts,
  'bulk.filterBlocked': counts,
  'bulk.filterUnreadable': counts,
  // (0, 0) is never shown: the row says noMatches instead.
  'bulk.matches': [[1, 0], [0, 1], [2, 3]],
  'bulk.reviewOf': name,
  'bulk.createNewOf': name,
  'bulk.skipOf': name,
  'bulk.undoOf': name,
  'bulk.retryOf': name,
  'bulk.resolvedAs': [['new contact', 'no account']],
  'bulk.resolvedContactExisting': name,
  'bulk.resolvedAccountExisting': [['Zylker']],
  'bulk.pageOf': [[1, 4]],
  'bulk.showingRows': [[1, 50, 180]],
  'bulk.previousFailure': [['INTERNAL_ERROR']],
  'bulk.massDealName': [['Converted leads']],
  'bulk.tagsHint': [['Contact, Account']],
  'bulk.tagsFor': [['Contacts']],
  'bulk.cost': [[1, 1, 1, 1, 1], [12, 30, 2, 150, 3]],
  'bulk.stillUndecided': counts.slice(1),
  'bulk.run': counts.slice(1),
  'bulk.overallText': progress,
  'bulk.job': [[1, 2, 1, 'waiting', 0], [2, 2, 100, 'completed', 98]],
  'bulk.singles': progress,
  'bulk.announcePercent': [[40]],
  'bulk.resultsSummary': [[1, 0, 0], [8, 1, 2]],
  'bulk.filterConverted': counts,
  'bulk.filterFailed': counts,
  'bulk.filterSkippedResults': counts,
  'bulk.retryFailed': counts.slice(1),
  'bulkReasons.contactMatch': counts.slice(1),
  'bulkReasons.accountMatch': counts.slice(1),
  'bulkReasons.readFailed': [['lead', 'timeout'], ['options', 'timeout']],
  'bulkReasons.previousAttemptFailed': [['timeout']],
  'bulkReasons.massNotConverted': [['locked']],
  'bulkReasons.submitFailed': [['timeout']],
  'bulkReasons.singleFailed': [['RECORD_LOCKED', 'locked']],
  'options.tagsTo': targets,
  'result.resultIntro': name,
  'result.openContact': name,
  'result.openAccount': [['Zylker']],
  'result.openDeal': [['Zylker']],
  'review.sentence': sentences.map((sentence) => [sentence, 'en-US']),
  'convertFailure.duplicateFound': [['Contacts', 'Pat Boyle', 'Amy Lee'], ['Accounts', null, null]],
  'convertFailure.addToDuplicate': modules,
  'convertFailure.recordGone': [['Contacts', 'Pat Boyle'], ['Accounts', 'Zylker']],
  'convertFailure.recordChanged': [['Contacts', 'Pat Boyle'], ['Accounts', 'Zylker']],
  'ineligible.openRecordOf': [['Contact']],
  'deal.fieldName': [['Deal_Name', 'Deal Name'], ['Contact_Role', 'Contact role']],
  'merge.fieldLabel': [['Phone', 'Phone'], ['Title', 'Title']],
  'merge.updateDuplicate': [['Phone']],
  'merge.tableLabel': [['Contacts', 'Mia Merge'], ['Accounts', 'Mergely GmbH']],
  'merge.tableIntro': [['Contacts', 'Mia Merge'], ['Accounts', 'Mergely GmbH']],
  'merge.readingRecord': modules,
  'merge.heldElsewhere': modules,
  'merge.readFailed': modules,
  'merge.noDifferences': modules,
  'merge.pickGroup': [['Phone']],
  'merge.changeCount': counts,
  'merge.searchLabel': modules,
  'merge.searchFailed': [['Zoho CRM did not answer in time.']],
  'merge.noResults': modules,
  'merge.resultsTitle': counts.slice(1),
  'merge.reason': [
    [{ kind: 'same-email', value: 'mia@mergely.example' }],
    [{ kind: 'same-phone', value: '+49 30 1201' }],
    [{ kind: 'similar-name', value: 'Mia Merg', score: 0.93 }],
    [{ kind: 'same-company', value: 'Mergely' }],
  ],
  'merge.choose': [['Mia Merge']],
  'merge.reviewChanges': recordNameCount,
  'merge.reviewChange': [[overwritten], [filled]],
  'merge.reviewNotReadYet': modules,
  'merge.updating': recordNameCount,
  'merge.updated': recordNameCount,
  'merge.updateFailed': recordNameCount.map((args) => [...args, 'Zoho CRM did not answer in time.']),
  'merge.noteFailed': [['Zoho CRM did not answer in time.']],
  'merge.searchedRejected': [['Contacts', 'Sara Searchme'], ['Accounts', 'Mergely GmbH']],
  'merge.auditNote': auditFacts.map((facts) => [facts]),
};

type Text = { path: string; en: string; de: string };
type Found = { problems: string[]; texts: Text[]; functions: string[] };

/** Walks both catalogues side by side: structural differences as problems, every leaf text as a pair. */
function compare(path: string, english: unknown, german: unknown, found: Found): void {
  const { problems, texts } = found;
  if (typeof english === 'function') {
    found.functions.push(path);
    if (typeof german !== 'function') return void problems.push(`${path}: a function in English, ${typeof german} in German`);
    if (english.length !== german.length) problems.push(`${path}: takes ${english.length} arguments in English, ${german.length} in German`);
    const samples = SAMPLE_ARGS[path];
    if (!samples) return void problems.push(`${path}: no sample arguments in SAMPLE_ARGS`);
    samples.forEach((args, index) => {
      const call = `${path}#${index}`;
      const [englishOut, germanOut] = [english(...args) as unknown, german(...args) as unknown];
      const [englishText, germanText] = [asText(englishOut), asText(germanOut)];
      if (germanText === null) return void problems.push(`${call}: German returned ${JSON.stringify(germanOut)}, not text`);
      if (englishText === null) return void problems.push(`${call}: English returned ${JSON.stringify(englishOut)}, not text`);
      if (Array.isArray(englishOut) && (!Array.isArray(germanOut) || englishOut.length !== germanOut.length)) {
        problems.push(`${call}: returns ${englishOut.length} parts in English, not so in German`);
      }
      if (isRecord(englishOut) && (!isRecord(germanOut) || Object.keys(englishOut).join() !== Object.keys(germanOut).join())) {
        problems.push(`${call}: returns the parts ${Object.keys(englishOut).join(', ')} in English, not so in German`);
      }
      texts.push({ path: call, en: englishText, de: germanText });
    });
    return;
  }
  if (typeof english === 'string') {
    if (typeof german !== 'string') return void problems.push(`${path}: text in English, ${typeof german} in German`);
    if (german.trim() === '') problems.push(`${path}: empty in German`);
    return void texts.push({ path, en: english, de: german });
  }
  if (Array.isArray(english)) {
    if (!Array.isArray(german) || german.length !== english.length) {
      return void problems.push(`${path}: ${english.length} items in English, ${Array.isArray(german) ? german.length : 'no list'} in German`);
    }
    english.forEach((item, index) => compare(`${path}[${index}]`, item, german[index], found));
    return;
  }
  if (typeof english === 'object' && english !== null) {
    if (typeof german !== 'object' || german === null || Array.isArray(german)) return void problems.push(`${path}: an object in English, not in German`);
    const englishRecord = english as Record<string, unknown>;
    const germanRecord = german as Record<string, unknown>;
    for (const key of Object.keys(englishRecord)) {
      if (!(key in germanRecord)) problems.push(`${path}.${key}: missing in German`);
      else compare(`${path}.${key}`, englishRecord[key], germanRecord[key], found);
    }
    for (const key of Object.keys(germanRecord)) if (!(key in englishRecord)) problems.push(`${path}.${key}: extra in German`);
    return;
  }
  if (english !== german) problems.push(`${path}: ${String(english)} in English, ${String(german)} in German`);
}

/** A function's output as one text: a string, a tuple of strings (unseenMatch) or a record of strings (auditNote's title and content); null for anything else or an empty part. */
function asText(output: unknown): string | null {
  const items: unknown[] = Array.isArray(output) ? output : typeof output === 'object' && output !== null ? Object.values(output) : [output];
  if (items.length === 0 || !items.every((item) => typeof item === 'string' && item.trim() !== '')) return null;
  return items.join(' ');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function walk(part: (typeof parts)[number]): Found {
  const found: Found = { problems: [], texts: [], functions: [] };
  compare(part.name, part.en, part.de, found);
  return found;
}

describe('German catalogue beside the English one', () => {
  it.each(parts.map((part) => [part.name, part] as const))('%s: same keys, same functions, every function answers text', (_name, part) => {
    expect(walk(part).problems).toEqual([]);
  });

  it.each(parts.map((part) => [part.name, part] as const))('%s: no English text left untranslated', (_name, part) => {
    const untranslated = walk(part)
      .texts.filter((text) => text.en === text.de && !SAME_IN_GERMAN.has(text.de.trim()) && !FORMAT_ONLY.has(text.path.replace(/#\d+$/, '')))
      .map((text) => `${text.path}: ${text.de}`);
    expect(untranslated).toEqual([]);
  });

  it('every sample argument list belongs to an English catalogue function', () => {
    const functions = new Set(parts.flatMap((part) => walk(part).functions));
    expect(Object.keys(SAMPLE_ARGS).filter((path) => !functions.has(path))).toEqual([]);
  });
});

describe('German review sentences (de-DE)', () => {
  const sentence = (value: ReviewSentence) => deReview.sentence(value, 'de-DE');
  // Intl puts a no-break space between the amount and the currency sign.
  const nbsp = '\u00a0';

  it('writes the deal in German date and money format', () => {
    expect(
      sentence({ kind: 'deal', name: 'Zylker', pipeline: 'Standard', stage: 'Qualifizierung', closingDate: '2024-10-20', amount: 20000000, currency: 'USD' }),
    ).toBe(`Ein Abschluss „Zylker“ wird in Standard / Qualifizierung angelegt, Abschlussdatum 20. Okt. 2024, Betrag 20.000.000${nbsp}$.`);
  });

  it('shows cents with a decimal comma and the euro sign after the amount', () => {
    expect(
      sentence({ kind: 'deal', name: 'Zylker', pipeline: '', stage: 'Verhandlung', closingDate: '2025-03-01', amount: 1234.5, currency: 'EUR' }),
    ).toBe(`Ein Abschluss „Zylker“ wird in Verhandlung angelegt, Abschlussdatum 1. März 2025, Betrag 1.234,50${nbsp}€.`);
  });

  it('lists records with "und" and the article each one needs', () => {
    expect(sentence({ kind: 'owner', name: 'Amy Lee', records: ['Contacts', 'Accounts', 'Deals'] })).toBe(
      'Besitzer des neuen Kontakts, der neuen Firma und des neuen Abschlusses wird Amy Lee.',
    );
    expect(sentence({ kind: 'tags', module: 'Accounts', names: ['VIP', 'Messe', 'Q4'] })).toBe('Die Firma erhält die Tags VIP, Messe und Q4.');
    expect(sentence({ kind: 'attachments', module: 'Deals' })).toBe('Eventuelle Anhänge des Leads werden zum Abschluss verschoben.');
    expect(sentence({ kind: 'contact-existing', name: 'Pat Boyle', matchedOn: ['Telefon', 'E-Mail'], leadName: 'Pat B.' })).toBe(
      'Pat B. wird dem vorhandenen Kontakt Pat Boyle (Treffer bei Telefon und E-Mail) hinzugefügt.',
    );
  });
});

describe('German plurals', () => {
  it('counts leads, contacts and firms', () => {
    expect([deBulk.run(1), deBulk.run(2)]).toEqual(['1 Lead konvertieren', '2 Leads konvertieren']);
    expect(deBulk.matches(1, 2)).toBe('1 passender Kontakt, 2 passende Firmen');
    expect([de.resolution.matchCount('Contacts', 0), de.resolution.matchCount('Accounts', 1)]).toEqual(['Kein passender Kontakt', '1 passende Firma']);
    expect([deBulkReasons.contactMatch(1), deBulkReasons.contactMatch(2)]).toEqual(['Passt zu 1 vorhandenen Kontakt', 'Passt zu 2 vorhandenen Kontakten']);
  });
});

describe('German audit note', () => {
  // Fields by their German names: Zoho's standard English label "Email" reads "E-Mail", like the cards.
  it('states in German what matched, what was chosen, overwritten and kept', () => {
    expect(deMerge.auditNote(auditFacts[0]!)).toEqual({
      title: 'Lead-Konvertierung: Mia Merge',
      content: [
        'Aus dem Lead „Mia Merge“ mit Lead Convert konvertiert.',
        'Kontakt: dem vorhandenen Kontakt „Mia Merge“ hinzugefügt, von Zoho vorgeschlagen und vom Benutzer beibehalten; Treffer bei E-Mail „mia@mergely.example“.',
        'Firma: der vorhandenen Firma „Mergely GmbH“ hinzugefügt, von Zoho vorgeschlagen und vom Benutzer beibehalten; mit dem gewählten Kontakt verknüpft.',
        'Kontakt „Mia Merge“, aus dem Lead übernommene Felder: Telefon: „030 1999“ → „030 1201“; Mobil: mit „0170 1202“ gefüllt.',
        'Kontakt „Mia Merge“, eigene Werte behalten: Position „Ops“ (Lead: „Head of Ops“).',
        'Firma „Mergely GmbH“: kein Feld überschrieben.',
      ].join('\n'),
    });
  });
});
