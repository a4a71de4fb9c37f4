import { describe, expect, it } from 'vitest';
import { createSimulatedCrm } from '../../../app/host/simulator/simulated-crm';
import { KAIZEN_IDS } from '../../../app/host/simulator/scenarios/kaizen-137';
import optionsSample from './fixtures/kaizen-137-conversion-options.json';
import caseOneRequest from './fixtures/kaizen-137-case-1-request.json';
import caseOneResponse from './fixtures/kaizen-137-case-1-response.json';
import caseTwoRequest from './fixtures/kaizen-137-case-2-request.json';
import caseTwoResponse from './fixtures/kaizen-137-case-2-response.json';
import { call, options } from './sim-test-utils';

const convertPath = `/crm/v7/Leads/${KAIZEN_IDS.lead}/actions/convert`;

describe('kaizen-137 scenario (the article, exactly)', () => {
  it('answers conversion options deep-equal to the article sample', async () => {
    const crm = createSimulatedCrm({ scenario: 'kaizen-137' });
    const response = await options(crm, KAIZEN_IDS.lead);
    expect(response.status).toBe(200);
    expect(response.body).toStrictEqual(optionsSample);
    // Same key order too, so a byte-level diff against the article is clean.
    expect(JSON.stringify(response.body)).toBe(JSON.stringify(optionsSample));
  });

  it('Case I: merging into contact "Pat Boyle" and account Zylker Biotech answers the sample response', async () => {
    const crm = createSimulatedCrm({ scenario: 'kaizen-137', nextIds: ['4876876000007459060'] });
    const response = await call(crm, 'POST', convertPath, { body: caseOneRequest });
    expect(response.status).toBe(200);
    expect(response.body).toStrictEqual(caseOneResponse);
    const { deals, leads, contacts } = crm.snapshot();
    expect(deals).toHaveLength(1);
    expect(deals[0]).toMatchObject({ id: '4876876000007459060', Deal_Name: 'Zylker Deal', Stage: 'Negotiation/Review', Amount: 20000000, Contact_Name: { id: KAIZEN_IDS.contactPatBoyle }, Account_Name: { id: KAIZEN_IDS.accountZylker } });
    expect(contacts).toHaveLength(2);
    expect(leads[0]).toMatchObject({ $converted: true, $converted_detail: { contact: KAIZEN_IDS.contactPatBoyle, account: KAIZEN_IDS.accountZylker, deal: '4876876000007459060' } });
  });

  it('Case II in the article org is DUPLICATE_DATA: contact "Pat Boyle" already holds the unique Phone', async () => {
    const crm = createSimulatedCrm({ scenario: 'kaizen-137', nextIds: ['4876876000007482056', '4876876000007482059'] });
    const response = await call(crm, 'POST', convertPath, { body: caseTwoRequest });
    expect(response.status).toBe(400);
    expect(response.body).toStrictEqual({
      data: [
        {
          code: 'DUPLICATE_DATA',
          details: {
            api_name: 'Phone',
            json_path: '$.data[0].Contacts.Phone',
            duplicate_record: { Owner: { name: 'Amelia Burrows', id: KAIZEN_IDS.owner, zuid: '60012345' }, module: { api_name: 'Contacts', id: '4876876000000002179' }, id: KAIZEN_IDS.contactPatBoyle },
            more_records: false,
          },
          message: 'duplicate data',
          status: 'error',
        },
      ],
    });
    expect(crm.snapshot().leads[0]?.$converted).toBe(false);
  });

  it('Case II succeeds with the sample response in the kaizen-137-case-2 variant (account created before contact)', async () => {
    const crm = createSimulatedCrm({ scenario: 'kaizen-137-case-2', nextIds: ['4876876000007482056', '4876876000007482059'] });
    const response = await call(crm, 'POST', convertPath, { body: caseTwoRequest });
    expect(response.status).toBe(200);
    expect(response.body).toStrictEqual(caseTwoResponse);
    const { contacts, accounts } = crm.snapshot();
    expect(accounts.find((a) => a.id === '4876876000007482056')).toMatchObject({ Account_Name: 'Zylker Biotech', Phone: '9844444444' });
    expect(contacts.find((c) => c.id === '4876876000007482059')).toMatchObject({
      Full_Name: 'Pat Boyle',
      Email: 'pat.boyle@zylker.com',
      Account_Name: { name: 'Zylker Biotech', id: '4876876000007482056' },
    });
  });

  it('a second convert of the same lead answers ID_ALREADY_CONVERTED', async () => {
    const crm = createSimulatedCrm({ scenario: 'kaizen-137' });
    await call(crm, 'POST', convertPath, { body: caseOneRequest });
    const again = await call(crm, 'POST', convertPath, { body: caseOneRequest });
    expect(again).toMatchObject({ status: 400, body: { code: 'ID_ALREADY_CONVERTED', details: { resource_path_index: 1 }, message: 'id already converted', status: 'error' } });
  });
});
