import { useId, useState } from 'react';
import type { AccountCandidate, ContactCandidate, Lead, RecordId, RecordModule, RecordSearch as Search } from '../../api/crm-host';
import { describeReadError } from '../../domain/describe-error';
import { displayValue } from '../../domain/match-values';
import { matchReasons } from '../../domain/merge/match-reasons';
import { searchFor } from '../../domain/merge/search-query';
import { useText } from '../../i18n/use-text';
import type { SearchPick } from '../../state/merge-slice';
import { useDebounced } from './use-debounced';
import './merge.css';
import { useMergeText } from '../../i18n/use-merge-text';

const DEBOUNCE_MS = 300;

export type RecordSearchProps = {
  module: RecordModule;
  lead: Lead;
  /** Records Zoho already offers (shown as such, not offered twice). */
  offeredIds: ReadonlySet<RecordId>;
  chosenId: RecordId | null;
  onPick(pick: SearchPick): void;
  /** The search query (react-query), injected by the screen. */
  useSearch(module: RecordModule, search: Search | null): { records: (ContactCandidate | AccountCandidate)[]; fetching: boolean; error: unknown; done: boolean };
};

/** A search box per module for when Zoho's matches are wrong or missing; results say why they might match. */
export function RecordSearch({ module, lead, offeredIds, chosenId, onPick, useSearch }: RecordSearchProps) {
  const allText = useText();
  const text = useMergeText();
  const id = useId();
  const [input, setInput] = useState('');
  const search = searchFor(useDebounced(input, DEBOUNCE_MS));
  const results = useSearch(module, search);
  const records = results.records;

  return (
    <div className="record-search" role="search" aria-label={text.searchLabel(module)}>
      <label htmlFor={`${id}-input`} className="record-search__label">
        {text.searchLabel(module)}
      </label>
      <input
        id={`${id}-input`}
        className="input"
        type="search"
        value={input}
        autoComplete="off"
        aria-describedby={`${id}-hint`}
        onChange={(event) => setInput(event.target.value)}
        onKeyDown={(event) => {
          // Enter searches; it must not submit the conversion form (Review).
          if (event.key === 'Enter') event.preventDefault();
        }}
      />
      <p id={`${id}-hint`} className="record-search__hint">
        {text.searchHint}
      </p>
      <div role="status" className="record-search__status">
        {results.fetching ? text.searching : null}
        {results.error ? text.searchFailed(describeReadError(results.error, allText)) : null}
        {results.done ? (records.length === 0 ? text.noResults(module) : text.resultsTitle(records.length)) : null}
      </div>
      {records.length > 0 && (
        <ul className="record-search__results" aria-label={text.searchLabel(module)}>
          {records.map((record) => (
            <SearchResult key={record.id} module={module} lead={lead} record={record} offered={offeredIds.has(record.id)} chosen={chosenId === record.id} onPick={onPick} />
          ))}
        </ul>
      )}
    </div>
  );
}

type ResultProps = { module: RecordModule; lead: Lead; record: ContactCandidate | AccountCandidate; offered: boolean; chosen: boolean; onPick(pick: SearchPick): void };

function SearchResult({ module, lead, record, offered, chosen, onPick }: ResultProps) {
  const text = useMergeText();
  const name = 'fullName' in record ? record.fullName : record.name;
  const reasons = matchReasons(module, lead.fields, record.fields);
  const meta = (module === 'Contacts' ? ['Email', 'Phone', 'Mobile'] : ['Phone', 'Website']).map((key) => displayValue(record.fields[key])).filter(Boolean);
  const account = 'account' in record && record.account ? record.account.name : null;
  const pick = () => onPick('fullName' in record ? { module: 'Contacts', record } : { module: 'Accounts', record });
  return (
    <li className="search-result" aria-label={name}>
      <div className="search-result__head">
        <span className="search-result__name">{name}</span>
        <button type="button" className="resolution-button" disabled={offered || chosen} onClick={pick}>
          {chosen ? text.chosen : offered ? text.alreadyOffered : text.choose(name)}
        </button>
      </div>
      <div className="search-result__meta">{[...meta, account].filter(Boolean).join(' · ')}</div>
      <p className="search-result__reasons">
        {reasons.length > 0 ? (
          <>
            {text.whyItMightMatch}{' '}
            <ul>
              {reasons.map((reason) => (
                <li key={reason.kind}>{text.reason(reason)}</li>
              ))}
            </ul>
          </>
        ) : (
          text.noReason
        )}
      </p>
      {!offered && <p className="search-result__warning">{text.notSuggested}</p>}
    </li>
  );
}
