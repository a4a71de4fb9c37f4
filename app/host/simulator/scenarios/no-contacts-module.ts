// Contacts removed from "Organize modules": conversion options answer 204 for every lead (Kaizen 137).
import { buildOrgSeed } from '../org/build-org-seed';
import { buildAccount, buildLead } from '../org/record-builders';
import type { OrgSeed } from '../org/org-types';
import type { ScenarioInfo } from '../simulated-crm-types';

const P = '7000123000';
export const NO_CONTACTS_LEAD_ID = `${P}007000001`;

export function noContactsModuleSeed(): OrgSeed {
  const owner = { name: 'Alex Owner', id: `${P}000000101`, email: 'alex.owner@example.com' };
  const layout = { name: 'Standard', id: `${P}000091055` };
  return buildOrgSeed({
    prefix: P,
    flags: { contactsModuleAvailable: false },
    leads: [
      buildLead({ id: NO_CONTACTS_LEAD_ID, First_Name: 'Noah', Last_Name: 'Nocontacts', Company: 'Modular Ltd', Email: 'noah@modular.example', Owner: owner, Layout: layout }),
      buildLead({ id: `${P}007000003`, First_Name: 'Greta', Last_Name: 'Globex', Company: 'Globex Corporation', Owner: owner, Layout: layout }),
    ],
    accounts: [buildAccount({ id: `${P}007100001`, Account_Name: 'Globex Corporation', Owner: owner })],
  });
}

export const noContactsModuleInfo: ScenarioInfo = {
  name: 'no-contacts-module',
  title: 'Contacts module removed',
  description: 'The Contacts module is not available: conversion options answer 204 for every lead and convert is not allowed.',
  featuredLeadId: NO_CONTACTS_LEAD_ID,
};
