import { useState } from 'react';
import type { BulkRow } from '../../api/bulk/bulk-types';
import type { RecordId } from '../../api/crm-host';
import type { AccountChoice, ContactChoice, ConversionChoices, ConversionContext } from '../../domain/conversion-model';
import { defaultChoices } from '../../domain/default-choices';
import { effectiveResolution } from '../../domain/effective-resolution';
import { useBulkText } from '../../i18n/use-bulk-text';
import { CompareDialog } from '../resolution/compare-dialog';
import { ContactAndAccount } from '../resolution/contact-and-account';

type Props = {
  row: BulkRow;
  /** The rep's earlier choice for this lead, if any. */
  initial: ConversionChoices | null;
  onUse(choices: ConversionChoices): void;
  onCancel(): void;
};

/** The single flow's duplicate decision for one lead of the list: contact and account, then "Use this choice". */
export function RowReview({ row, initial, onUse, onCancel }: Props) {
  const bulkText = useBulkText();
  const [contact, setContact] = useState<ContactChoice | undefined>(initial?.contact);
  const [account, setAccount] = useState<AccountChoice | undefined>(initial?.account);
  const [compare, setCompare] = useState<{ module: 'Contacts' | 'Accounts'; id: RecordId } | null>(null);
  const { lead, options, attribution } = row;
  if (!lead || !options || !attribution) return null;
  const context: ConversionContext = { lead, options, attribution, dealSetup: null, users: [], org: null };
  const choices: ConversionChoices = { contact, account };
  const resolution = effectiveResolution(context, choices);
  const defaults = defaultChoices(context);
  const complete = resolution.contact !== null && resolution.account !== null;
  const compared = compare && (compare.module === 'Contacts' ? options.contacts : options.accounts).find((candidate) => candidate.id === compare.id);

  return (
    <div className="bulk-review">
      <div className="bulk-review__sections">
        <ContactAndAccount
          context={context}
          resolution={resolution}
          suggested={{ contactId: defaults.suggestedContactId, accountId: defaults.suggestedAccountId }}
          onChooseContact={setContact}
          onChooseAccount={setAccount}
          onCompare={setCompare}
        />
      </div>
      <div className="bulk-review__actions">
        <button type="button" className="button" onClick={onCancel}>
          {bulkText.cancel}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={!complete}
          onClick={() => onUse({ contact: resolution.contact ?? undefined, account: resolution.account ?? undefined })}
        >
          {bulkText.useChoice}
        </button>
      </div>
      {compare && compared && (
        <CompareDialog module={compare.module} lead={lead} candidate={compared} attribution={attribution} onClose={() => setCompare(null)} />
      )}
    </div>
  );
}
