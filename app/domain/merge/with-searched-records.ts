// A record the rep found by searching is offered like one of Zoho's candidates from then on: the choice,
// the checks and the review treat it alike. Zoho may still refuse it on convert (INVALID_DATA).
import type { AccountCandidate, ContactCandidate } from '../../api/crm-host';
import type { ConversionContext } from '../conversion-model';

export type Searched = { Contacts?: ContactCandidate | undefined; Accounts?: AccountCandidate | undefined };

export function withSearchedRecords(context: ConversionContext, searched: Searched): ConversionContext {
  const contact = searched.Contacts;
  const account = searched.Accounts;
  const addContact = contact && !context.options.contacts.some((candidate) => candidate.id === contact.id);
  const addAccount = account && !context.options.accounts.some((candidate) => candidate.id === account.id);
  if (!addContact && !addAccount) return context;
  return {
    ...context,
    options: {
      ...context.options,
      contacts: addContact ? [...context.options.contacts, contact] : context.options.contacts,
      accounts: addAccount ? [...context.options.accounts, account] : context.options.accounts,
    },
  };
}
