// The options section's texts (its own chunk, and the bulk flow's shared options).
export const enOptions = {
  loadingOptions: 'Loading users…',
  optionsFailed: 'The list of users could not be loaded.',
  optionsSection: 'Options',
  owner: 'Owner of the new records',
  notifyLeadOwner: 'Notify the lead owner',
  notifyNewOwner: 'Notify the new owner',
  attachmentsTo: 'Move the lead’s attachments to',
  tagsTo: (module: 'Contacts' | 'Accounts' | 'Deals') =>
    `Tags for the new ${module === 'Contacts' ? 'contact' : module === 'Accounts' ? 'account' : 'deal'}`,
};

export type OptionsTexts = typeof enOptions;
