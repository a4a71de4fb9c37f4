// The result screen's texts (its own chunk).
export const enResult = {
  resultTitle: 'Lead converted',
  resultIntro: (lead: string) => `${lead} is now:`,
  scheduledTitle: 'Conversion scheduled',
  scheduledText: 'Zoho accepted the conversion and will finish it shortly. The new records appear on the lead in a moment.',
  openContact: (name: string) => `Contact: ${name}`,
  openAccount: (name: string) => `Account: ${name}`,
  openDeal: (name: string) => `Deal: ${name}`,
  noAccountCreated: 'No account (the lead has no company).',
  noDealCreated: 'No deal was created.',
  openFailed: 'Zoho CRM did not open the record. Open it from the lead page instead.',
  done: 'Done',
};

export type ResultTexts = typeof enResult;
