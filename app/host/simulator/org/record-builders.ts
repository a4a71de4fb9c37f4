// Bookshelf-style builders for seed records: sensible Zoho-shaped defaults, overrides win.
import type { SimRecord } from '../simulated-crm-types';

let sequence = 5550000000000100000n;
function nextTestId(): string {
  sequence += 7n;
  return sequence.toString();
}

export const TEST_OWNER = { name: 'Alex Owner', id: '5550000000000000101', email: 'alex.owner@example.com' };
export const TEST_LEADS_LAYOUT = { name: 'Standard', id: '5550000000000091055' };

type Overrides = Partial<SimRecord> & Record<string, unknown>;

export function fullName(first: unknown, last: unknown): string {
  return [first, last].filter((part) => typeof part === 'string' && part.trim() !== '').join(' ');
}

export function buildLead(overrides: Overrides = {}): SimRecord {
  const lead: SimRecord = {
    id: nextTestId(),
    First_Name: 'Test',
    Last_Name: 'Lead',
    Company: null,
    Email: null,
    Phone: null,
    Mobile: null,
    Designation: null,
    Website: null,
    Lead_Source: null,
    Description: null,
    Owner: TEST_OWNER,
    Layout: TEST_LEADS_LAYOUT,
    Tag: [],
    $converted: false,
    $converted_detail: {},
    $approval_state: 'approved',
    $approved: true,
    $review: null,
    Locked__s: false,
    $in_merge: false,
    $editable: true,
    Attachments: [],
    ...overrides,
  };
  return { ...lead, Full_Name: overrides.Full_Name ?? fullName(lead.First_Name, lead.Last_Name) };
}

export function buildContact(overrides: Overrides = {}): SimRecord {
  const contact: SimRecord = {
    id: nextTestId(),
    First_Name: null,
    Last_Name: 'Contact',
    Email: null,
    Phone: null,
    Mobile: null,
    Account_Name: null,
    Owner: TEST_OWNER,
    Layout: { name: 'Standard', id: '5550000000000091033' },
    Tag: [],
    Locked__s: false,
    $editable: true,
    $approval_state: 'approved',
    // Zoho's own samples carry the literal string "null" here.
    Data_Processing_Basis: 'null',
    Attachments: [],
    ...overrides,
  };
  return { ...contact, Full_Name: overrides.Full_Name ?? fullName(contact.First_Name, contact.Last_Name) };
}

export function buildAccount(overrides: Overrides = {}): SimRecord {
  return {
    id: nextTestId(),
    Account_Name: 'Account',
    Phone: null,
    Website: null,
    Account_Type: null,
    Owner: TEST_OWNER,
    Layout: { name: 'Standard', id: '5550000000000091029' },
    Tag: [],
    Locked__s: false,
    $editable: true,
    $approval_state: 'approved',
    Attachments: [],
    ...overrides,
  };
}

export function buildDeal(overrides: Overrides = {}): SimRecord {
  return {
    id: nextTestId(),
    Deal_Name: 'Deal',
    Stage: 'Qualification',
    Pipeline: 'Standard (Standard)',
    Closing_Date: '2030-01-01',
    Amount: null,
    Contact_Name: null,
    Account_Name: null,
    Owner: TEST_OWNER,
    Tag: [],
    Attachments: [],
    ...overrides,
  };
}

export function buildUser(overrides: Overrides = {}): SimRecord {
  const user: SimRecord = {
    id: nextTestId(),
    first_name: 'Test',
    last_name: 'User',
    email: 'test.user@example.com',
    status: 'active',
    confirm: true,
    role: { name: 'CEO', id: '5550000000000000201' },
    profile: { name: 'Administrator', id: '5550000000000000301' },
    zuid: '70000001',
    locale: 'en_US',
    time_zone: 'America/New_York',
    ...overrides,
  };
  return { ...user, full_name: overrides.full_name ?? fullName(user.first_name, user.last_name) };
}

/** An attachment entry as seeds store it on a record's Attachments list (not a Zoho field; a related list). */
export function buildAttachment(fileName: string, overrides: Overrides = {}): SimRecord {
  return { id: nextTestId(), File_Name: fileName, Size: '2048', ...overrides };
}
