// An org whose data attacks the widget: markup and scripts in names, javascript: websites, RTL overrides,
// zero-width characters and 10,000-character names and emails. Every payload that ran would set
// window.__hostileRan and open a dialog, so a browser test can prove none did. Matching still works:
// both contacts share the lead's (long, hostile) email, the account carries the lead's company.
import { buildOrgSeed } from '../org/build-org-seed';
import { buildAccount, buildContact, buildLead, buildUser } from '../org/record-builders';
import type { OrgSeed } from '../org/org-types';
import type { ScenarioInfo } from '../simulated-crm-types';

const P = '6660000000';
const hid = (n: number) => `${P}${String(n).padStart(9, '0')}`;

export const HOSTILE_IDS = {
  lead: hid(7900001),
  /** A second hostile lead without matches, so the bulk review shows both kinds of row. */
  cleanLead: hid(7900003),
  contactScript: hid(7950001),
  contactLong: hid(7950003),
  account: hid(7960001),
  owner: hid(225001),
  otherUser: hid(225003),
};

/** Each sets the flag and opens a dialog if it ever runs. */
export const HOSTILE = {
  img: '<img src=x onerror="window.__hostileRan=1;alert(1)">',
  script: '<script>window.__hostileRan=1;alert(1)</script>',
  jsUrl: 'javascript:window.__hostileRan=1;alert(1)',
  svg: '<svg onload="window.__hostileRan=1;alert(1)"></svg>',
  link: '<a href="javascript:window.__hostileRan=1;alert(1)">click me</a>',
  rtl: '\u202Egnp.exe',
  zeroWidth: 'Zero\u200BWidth\u200DJoin\uFEFF',
};

const LONG_NAME = `Long${'n'.repeat(9_996)}`;
/** 10,000 characters in all: the lead and both contacts share it, so Email matching must still find them. */
export const HOSTILE_EMAIL = `${'a'.repeat(10_000 - '@hostile.example'.length)}@hostile.example`;
export const HOSTILE_COMPANY = `${HOSTILE.img} & Sons ${HOSTILE.rtl}`;

const owner = { name: `${HOSTILE.script} Mallory`, id: HOSTILE_IDS.owner, email: `${HOSTILE.img}@hostile.example` };
const tag = (name: string, n: number) => ({ name, id: hid(n), color_code: '#F17574' });

export function hostileSeed(): OrgSeed {
  return buildOrgSeed({
    prefix: P,
    currentUserId: HOSTILE_IDS.owner,
    users: [
      buildUser({ id: HOSTILE_IDS.owner, first_name: HOSTILE.script, last_name: 'Mallory', full_name: owner.name, email: owner.email, role: { name: 'CEO', id: `${P}000000201` }, zuid: '80030001' }),
      buildUser({ id: HOSTILE_IDS.otherUser, first_name: HOSTILE.rtl, last_name: LONG_NAME, email: 'eve@hostile.example', role: { name: 'CEO', id: `${P}000000201` }, zuid: '80030002' }),
    ],
    leads: [
      buildLead({
        id: HOSTILE_IDS.lead,
        First_Name: HOSTILE.img,
        Last_Name: `${HOSTILE.script} ${HOSTILE.rtl} ${LONG_NAME}`,
        Company: HOSTILE_COMPANY,
        Email: HOSTILE_EMAIL,
        Phone: HOSTILE.zeroWidth,
        Website: HOSTILE.jsUrl,
        Designation: HOSTILE.svg,
        Lead_Source: HOSTILE.link,
        Description: LONG_NAME,
        Owner: owner,
        Layout: { name: 'Standard', id: `${P}000091055` },
        Tag: [tag(HOSTILE.img, 9100001), tag(HOSTILE.rtl, 9100003), tag(`Tag${'g'.repeat(2_000)}`, 9100005)],
      }),
      buildLead({
        id: HOSTILE_IDS.cleanLead,
        First_Name: HOSTILE.svg,
        Last_Name: `${HOSTILE.zeroWidth} ${LONG_NAME}`,
        Company: `${HOSTILE.link} ${LONG_NAME}`,
        Email: `b${HOSTILE_EMAIL.slice(1)}`,
        Website: HOSTILE.jsUrl,
        Owner: owner,
        Layout: { name: 'Standard', id: `${P}000091055` },
        Tag: [tag(HOSTILE.script, 9100007)],
      }),
    ],
    contacts: [
      buildContact({
        id: HOSTILE_IDS.contactScript,
        First_Name: HOSTILE.link,
        Last_Name: HOSTILE.script,
        Email: HOSTILE_EMAIL,
        Phone: HOSTILE.zeroWidth,
        Owner: owner,
        Account_Name: { name: HOSTILE_COMPANY, id: HOSTILE_IDS.account },
        Layout: { name: 'Standard', id: `${P}000091033` },
      }),
      buildContact({
        id: HOSTILE_IDS.contactLong,
        First_Name: HOSTILE.rtl,
        Last_Name: LONG_NAME,
        Email: HOSTILE_EMAIL,
        Owner: owner,
        Layout: { name: 'Standard', id: `${P}000091033` },
      }),
    ],
    accounts: [
      buildAccount({
        id: HOSTILE_IDS.account,
        Account_Name: HOSTILE_COMPANY,
        Website: HOSTILE.jsUrl,
        Phone: HOSTILE.img,
        Account_Type: HOSTILE.svg,
        Owner: owner,
        Layout: { name: 'Standard', id: `${P}000091029` },
      }),
    ],
  });
}

export const hostileInfo: ScenarioInfo = {
  name: 'hostile',
  title: 'Hostile data',
  description:
    'Names, emails, websites, tags and owners full of HTML, <script>, javascript: URLs, RTL overrides, zero-width characters and 10,000-character strings. All of it must show as plain text and the screens must stay usable.',
  featuredLeadId: HOSTILE_IDS.lead,
};
