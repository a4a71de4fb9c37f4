import type { BulkRow } from '../../api/bulk/bulk-types';
import type { ConversionChoices } from '../../domain/conversion-model';
import type { BulkTexts } from '../../i18n/use-bulk-text';

/** "add to contact Ada Archer; new account" for a resolved row. */
export function resolvedText(text: BulkTexts, row: BulkRow, choices: ConversionChoices): string {
  const contactName = (id: string) => row.options?.contacts.find((candidate) => candidate.id === id)?.fullName ?? id;
  const accountName = (id: string) => row.options?.accounts.find((candidate) => candidate.id === id)?.name ?? contactAccount(row, id) ?? id;
  const contact = choices.contact?.kind === 'existing' ? text.resolvedContactExisting(contactName(choices.contact.id)) : text.resolvedContactNew;
  const account =
    choices.account?.kind === 'existing'
      ? text.resolvedAccountExisting(accountName(choices.account.id))
      : choices.account?.kind === 'none'
        ? text.resolvedAccountNone
        : text.resolvedAccountNew;
  return text.resolvedAs(contact, account);
}

function contactAccount(row: BulkRow, accountId: string): string | null {
  return row.options?.contacts.find((candidate) => candidate.account?.id === accountId)?.account?.name ?? null;
}
