// The one scrolling page where the rep decides: contact, account, deal, options. Everything shown is the
// rep's raw choice or, where there is none, the default derived from Zoho's data during render.
import { Suspense, useEffect, useState } from 'react';
import type { RecordId, User } from '../api/crm-host';
import type { DealMetadata } from '../components/deal/deal-section';
import { PanelPlaceholder } from '../components/panel-placeholder';
import { OverwriteOption } from '../components/resolution/overwrite-option';
import { ContactAndAccount } from '../components/resolution/contact-and-account';
import type { ChoiceProblem, ConversionContext, DealValues, TargetModule } from '../domain/conversion-model';
import { defaultChoices } from '../domain/default-choices';
import { effectiveResolution } from '../domain/effective-resolution';
import { useText } from '../i18n/use-text';
import { useChoices, useConversionActions, useMergeActions, useMergeState } from '../state/conversion-store';
import type { ExistingRecordState } from '../domain/merge/merge-plan';
import { AuditNoteOption, CompareDialog, DealSection, MergeSection, OptionsSection, useConversionLogic } from './single-lead-chunks';

export type ServerFieldError = { apiName: string; section: string; message: string } | null;

type Props = {
  context: ConversionContext;
  dealMetadata: DealMetadata;
  users: { status: 'loading' } | { status: 'error'; message: string; retry(): void } | { status: 'ready'; users: User[] };
  dealValues: DealValues;
  problems: ChoiceProblem[];
  /** Set when Review was refused: every problem is shown, not only those of touched fields. */
  revealProblems: boolean;
  serverFieldError: ServerFieldError;
  onReview(): void;
  onOpenRecord(target: { module: 'Accounts'; id: RecordId }): void;
  /** The chosen existing records' field comparison (issue #8). */
  existing: { contact: ExistingRecordState | null; account: ExistingRecordState | null };
  /** Ids Zoho offered (search results among them are not offered twice). */
  offeredIds: { Contacts: ReadonlySet<RecordId>; Accounts: ReadonlySet<RecordId> };
};

export function EditStep({ context, dealMetadata, users, dealValues, problems, revealProblems, serverFieldError, onReview, onOpenRecord, existing, offeredIds }: Props) {
  const text = useText();
  const rules = useConversionLogic();
  const { focusTarget, problemTarget } = rules;
  const choices = useChoices();
  const actions = useConversionActions();
  const merge = useMergeState();
  const mergeActions = useMergeActions();
  const [compare, setCompare] = useState<{ module: 'Contacts' | 'Accounts'; id: RecordId } | null>(null);
  const { lead, options, attribution } = context;
  // Once the rep changes the field Zoho refused, its message gives way to the form's own validation.
  const [edited, setEdited] = useState<{ after: ServerFieldError; apiNames: ReadonlySet<string> }>({ after: null, apiNames: new Set() });
  const editedSinceFailure = edited.after === serverFieldError ? edited.apiNames : new Set<string>();
  const noteEdit = (apiName: string) => {
    if (serverFieldError && !editedSinceFailure.has(apiName)) setEdited({ after: serverFieldError, apiNames: new Set(editedSinceFailure).add(apiName) });
  };
  const fieldError = serverFieldError && !editedSinceFailure.has(serverFieldError.apiName) ? serverFieldError : null;
  const resolution = effectiveResolution(context, choices);
  const defaults = defaultChoices(context);
  const chosenContact =
    resolution.contact?.kind === 'existing' ? options.contacts.find((candidate) => candidate.id === (resolution.contact as { id: RecordId }).id) : undefined;
  const overwriteNote = resolution.notes.find((note) => note.kind === 'overwrite-available');
  const createDeal = choices.createDeal ?? false;

  const sectionProblem = (module: 'Contacts' | 'Accounts') =>
    problems.some(
      (problem) =>
        revealProblems &&
        (problem.kind === (module === 'Contacts' ? 'choose-contact' : 'choose-account') ||
          ((problem.kind === 'candidate-disabled' || problem.kind === 'candidate-unknown') && problem.module === module)),
    )
      ? ('choose' as const)
      : null;

  const dealErrors: Record<string, string> = {};
  if (context.dealSetup && createDeal) {
    const validation = rules.validateDeal(context.dealSetup, dealValues);
    const maxLength = (apiName: string) => context.dealSetup?.fields.find((spec) => spec.apiName === apiName)?.maxLength ?? null;
    if (!validation.ok) {
      validation.errors.forEach((entry) => (dealErrors[entry.apiName] = text.conversion.dealFieldError(entry.error, { maxLength: maxLength(entry.apiName) })));
    }
  }
  problems.forEach((problem) => {
    if (problem.kind === 'deal-field') dealErrors[problem.apiName] ??= text.conversion.dealFieldError(problem.error);
  });
  if (fieldError?.section === 'deal') dealErrors[fieldError.apiName] = fieldError.message;
  const ownerProblem = revealProblems ? problems.find((problem) => problem.kind === 'owner-unknown') : undefined;
  const ownerError = fieldError?.section === 'owner' ? fieldError.message : ownerProblem ? text.conversion.choiceProblem(ownerProblem) : null;

  const accountWillExist = resolution.account?.kind === 'existing' || (resolution.account?.kind === 'new' && lead.company !== null);
  const targets: TargetModule[] = ['Contacts', ...(accountWillExist ? (['Accounts'] as const) : []), ...(createDeal ? (['Deals'] as const) : [])];
  const attachmentsTo = choices.attachmentsTo && targets.includes(choices.attachmentsTo) ? choices.attachmentsTo : 'Contacts';
  const leadTags = lead.tags.map((tag) => tag.name);

  // A field Zoho refused: focus it once the page shows it (after switching back from review).
  useEffect(() => {
    if (!serverFieldError) return;
    focusTarget(serverFieldError.section === 'owner' ? { kind: 'owner' } : serverFieldError.section === 'deal' ? { kind: 'deal', apiName: serverFieldError.apiName } : { kind: 'section', module: serverFieldError.section === 'account' ? 'Accounts' : 'Contacts' });
  }, [serverFieldError, focusTarget]);

  // Review refused: once the messages are on screen, focus the first problem so it is read out with its message.
  const [focusRequest, setFocusRequest] = useState<{ problem: ChoiceProblem } | null>(null);
  useEffect(() => {
    if (focusRequest) focusTarget(problemTarget(focusRequest.problem));
  }, [focusRequest, focusTarget, problemTarget]);

  const handleReview = () => {
    onReview();
    const first = problems[0];
    if (first) setFocusRequest({ problem: first });
  };

  // Under each module's choice: the chosen record's fields that differ, and the search for another record.
  const mergeSection = (module: 'Contacts' | 'Accounts', searchable: boolean) => (
    <Suspense fallback={<PanelPlaceholder rows={1} />}>
      <MergeSection
        module={module}
        lead={lead}
        matchedOn={module === 'Contacts' ? options.matchedOn.contacts : options.matchedOn.accounts}
        existing={module === 'Contacts' ? existing.contact : existing.account}
        picks={merge.picks}
        searchable={searchable}
        offeredIds={offeredIds[module]}
        onPick={mergeActions.mergePicked}
        onSearchPick={mergeActions.searchResultPicked}
        useSearch={rules.useRecordSearch}
      />
    </Suspense>
  );

  const compared = compare && (compare.module === 'Contacts' ? options.contacts : options.accounts).find((candidate) => candidate.id === compare.id);

  return (
    <form
      className="edit-step"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        handleReview();
      }}
    >
      <ContactAndAccount
        context={context}
        resolution={resolution}
        suggested={{ contactId: defaults.suggestedContactId, accountId: defaults.suggestedAccountId }}
        problems={{ Contacts: sectionProblem('Contacts'), Accounts: sectionProblem('Accounts') }}
        sectionId={(module) => `section-${module}`}
        onChooseContact={actions.contactChosen}
        onChooseAccount={actions.accountChosen}
        onCompare={setCompare}
        onOpenAccount={(id) => onOpenRecord({ module: 'Accounts', id })}
        afterContact={mergeSection('Contacts', true)}
        afterAccount={
          <>
            {overwriteNote && (
              <OverwriteOption
                note={overwriteNote}
                checked={choices.overwrite ?? false}
                contactName={chosenContact?.fullName ?? null}
                onChange={actions.overwriteToggled}
              />
            )}
            {mergeSection('Accounts', !resolution.accountFollowsContact)}
          </>
        }
      />
      {/* Below the fold, each in its own chunk: the contact and account choices above never wait for them. */}
      <Suspense fallback={<PanelPlaceholder />}>
        <DealSection
          metadata={dealMetadata}
          enabled={createDeal}
          values={dealValues}
          errors={dealErrors}
          revealAll={revealProblems || fieldError?.section === 'deal'}
          currency={{ symbol: context.org?.currencySymbol ?? null, iso: context.org?.isoCode ?? null }}
          onToggle={actions.dealToggled}
          onChange={(apiName, value) => {
            noteEdit(apiName);
            actions.dealFieldChanged(apiName, value);
          }}
          onPipelineChange={actions.pipelineChosen}
        />
      </Suspense>
      <Suspense fallback={<PanelPlaceholder fields={2} rows={2} />}>
        <OptionsSection
          users={users}
          ownerId={choices.ownerId ?? lead.owner?.id ?? null}
          ownerError={ownerError}
          notifyLeadOwner={choices.notifyLeadOwner ?? false}
          notifyNewOwner={choices.notifyNewOwner ?? false}
          targets={targets}
          attachmentsTo={attachmentsTo}
          leadTags={leadTags}
          tagsFor={(module) => choices.carryOverTags?.[module] ?? leadTags}
          onOwnerChosen={(userId) => {
            noteEdit('assign_to');
            actions.ownerChosen(userId);
          }}
          onNotifyLeadOwner={actions.notifyLeadOwnerToggled}
          onNotifyNewOwner={actions.notifyNewOwnerToggled}
          onAttachmentsTo={actions.attachmentsTargetChosen}
          onTagToggled={actions.tagToggled}
        >
          <Suspense fallback={null}>
            <AuditNoteOption checked={merge.auditNote ?? true} onChange={mergeActions.auditNoteToggled} />
          </Suspense>
        </OptionsSection>
      </Suspense>
      <div className="footer footer--sticky">
        {revealProblems && problems.length > 0 && <p className="footer__status footer__status--error">{text.single.fixProblems}</p>}
        <button type="submit" className="button button--primary">
          {text.single.review}
        </button>
      </div>
      {compare && compared && (
        <Suspense fallback={null}>
          <CompareDialog module={compare.module} lead={lead} candidate={compared} attribution={attribution} onClose={() => setCompare(null)} />
        </Suspense>
      )}
    </form>
  );
}
