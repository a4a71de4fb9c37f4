import type { ReactNode } from 'react';
import type { RecordId } from '../../api/crm-host';
import type { AccountChoice, ContactChoice, ConversionContext } from '../../domain/conversion-model';
import type { EffectiveResolution } from '../../domain/effective-resolution';
import { ResolutionSection } from './resolution-section';

type Props = {
  context: Pick<ConversionContext, 'lead' | 'options' | 'attribution'>;
  resolution: EffectiveResolution;
  suggested: { contactId: RecordId | null; accountId: RecordId | null };
  onChooseContact(choice: ContactChoice): void;
  onChooseAccount(choice: AccountChoice): void;
  onCompare(target: { module: 'Contacts' | 'Accounts'; id: RecordId }): void;
  problems?: { Contacts: 'choose' | null; Accounts: 'choose' | null } | undefined;
  onOpenAccount?: ((accountId: RecordId) => void) | undefined;
  /** Element ids for the two sections (focus targets), when the page needs them. */
  sectionId?: ((module: 'Contacts' | 'Accounts') => string) | undefined;
  /** Shown right under the contact choice (e.g. the fields that differ, the search). */
  afterContact?: ReactNode;
  /** Shown right under the account choice (e.g. the overwrite option). */
  afterAccount?: ReactNode;
};

/** The duplicate decision for one lead: the contact section, then the account section that may follow it. */
export function ContactAndAccount({ context, resolution, suggested, onChooseContact, onChooseAccount, onCompare, problems, onOpenAccount, sectionId, afterContact, afterAccount }: Props) {
  const { lead, options, attribution } = context;
  const contactChoice = resolution.contact;
  const chosenContact = contactChoice?.kind === 'existing' ? options.contacts.find((candidate) => candidate.id === contactChoice.id) : undefined;
  return (
    <>
      <div id={sectionId?.('Contacts')}>
        <ResolutionSection
          module="Contacts"
          lead={lead}
          attribution={attribution}
          candidates={options.contacts}
          choice={resolution.contact}
          suggestedId={suggested.contactId}
          notes={resolution.notes}
          problem={problems?.Contacts ?? null}
          onChoose={onChooseContact}
          onCompare={(id) => onCompare({ module: 'Contacts', id })}
          onOpenAccount={onOpenAccount}
        />
        {afterContact}
      </div>
      <div id={sectionId?.('Accounts')}>
        <ResolutionSection
          module="Accounts"
          lead={lead}
          attribution={attribution}
          candidates={options.accounts}
          choice={resolution.account}
          suggestedId={suggested.accountId}
          notes={resolution.notes}
          problem={problems?.Accounts ?? null}
          lockedByContact={resolution.accountFollowsContact && chosenContact ? { contactName: chosenContact.fullName, account: chosenContact.account } : null}
          onChoose={onChooseAccount}
          onCompare={(id) => onCompare({ module: 'Accounts', id })}
        />
        {afterAccount}
      </div>
    </>
  );
}
