import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { connectZohoHost, resetZohoConnectionForTests } from '../../app/host/zoho/connect-zoho-host';
import { bulkLeadId } from '../../app/host/simulator/scenarios/bulk-300';
import { createSimulatedCrm } from '../../app/host/simulator/simulated-crm';
import { createInProcessBackend } from '../../app/host/simulator/stand-in-sdk/in-process-backend';
import { installStandInSdk } from '../../app/host/simulator/stand-in-sdk/install-stand-in-sdk';
import { createQueryClient } from '../../app/query-client';
import { startReads } from '../../app/screens/start-reads';
import { renderWidget } from '../support/render-widget';

describe('widget shell', () => {
  it('shows the Pat Boyle lead with the counts of matching records Zoho offers', async () => {
    const { crm } = await renderWidget({ scenario: 'kaizen-137' });

    const summary = (await screen.findByRole('heading', { name: 'Pat Boyle' })).closest('section')!;
    expect(within(summary).getByText('Zylker Biotech')).toBeInTheDocument();
    expect(await screen.findByText('2 matching contacts')).toBeInTheDocument();
    expect(screen.getByText('1 matching account')).toBeInTheDocument();
    expect(screen.getAllByText(/Phone matches/).length).toBeGreaterThan(0);
    // Every read starts at once, at PageLoad (the rep's own user record gives the language); only pipelines wait for the
    // Deals layout id, and the suggested contact and its account are read (for the fields that differ) once
    // they are known. Each is made once; nothing is converted.
    await screen.findByRole('combobox', { name: 'Owner of the new records' });
    await vi.waitFor(() => expect(crm.log.map((entry) => entry.operation)).toContain('pipelines'));
    await vi.waitFor(() => expect(crm.log.filter((entry) => entry.operation === 'getRecord')).toHaveLength(2));
    expect(crm.log.map((entry) => entry.operation).sort()).toEqual(
      ['contactRoles', 'conversionOptions', 'currentUser', 'getLead', 'getRecord', 'getRecord', 'layouts', 'layouts', 'org', 'pipelines', 'users'],
    );
    expect(crm.log.filter((entry) => entry.operation === 'layouts').map((entry) => entry.params.module).sort()).toEqual(['Deals', 'Leads']);
  });

  it('says conversion is unavailable when Zoho answers 204 for the options', async () => {
    await renderWidget({ scenario: 'no-contacts-module' });
    expect(await screen.findByText(/Contacts module is not available/)).toBeInTheDocument();
  });

  it('shows a readable error with a retry when the lead cannot be read, and recovers', async () => {
    const { crm, user } = await renderWidget({ scenario: 'kaizen-137', faults: [{ kind: 'server-error', operation: 'getLead' }] });

    expect(await screen.findByRole('alert')).toHaveTextContent('Zoho CRM answered: Internal Server Error');
    await user.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('heading', { name: 'Pat Boyle' })).toBeInTheDocument();
    expect(crm.log.filter((entry) => entry.operation === 'getLead').map((entry) => entry.status)).toEqual([500, 200]);
  });

  it('refuses a PageLoad from another module, asking CRM only who the rep is (for the language)', async () => {
    const { crm } = await renderWidget({ scenario: 'kaizen-137', pageLoad: { Entity: 'Contacts', EntityId: ['4876876000007421001'], ButtonPosition: 'DetailView' } });
    expect(await screen.findByText(/works on Leads/)).toBeInTheDocument();
    expect(crm.log.map((entry) => entry.operation)).toEqual(['currentUser']);
  });

  it('opens the bulk flow for several selected leads', async () => {
    const ids = [0, 1, 2].map(bulkLeadId);
    const { crm } = await renderWidget({ scenario: 'bulk-300', pageLoad: { Entity: 'Leads', EntityId: ids, ButtonPosition: 'ListView' } });
    expect(await screen.findByRole('heading', { name: '3 leads selected' })).toBeInTheDocument();
    // The bulk flow reads the selected leads in one batch, then their conversion options; it converts nothing.
    await waitFor(() => expect(crm.log.filter((entry) => entry.operation === 'conversionOptions')).toHaveLength(3));
    const reads = crm.log.filter((entry) => entry.operation !== 'currentUser');
    expect(reads[0]).toMatchObject({ operation: 'getLeads', params: expect.objectContaining({ ids: ids.join(',') }) });
    expect(crm.log.some((entry) => entry.operation === 'convert' || entry.operation === 'massConvert')).toBe(false);
  });
});

describe('boot', () => {
  it('sends the single flow\'s reads at PageLoad, without waiting for anything to render', async () => {
    const crm = createSimulatedCrm({ scenario: 'kaizen-137' });
    resetZohoConnectionForTests();
    const pageLoad = { Entity: 'Leads', EntityId: [crm.scenario.featuredLeadId], ButtonPosition: 'DetailView' };
    const sdk = installStandInSdk(createInProcessBackend(crm, { pageLoad, onUi: () => undefined }));
    onTestFinished(() => sdk.uninstall());
    const { host, page } = await connectZohoHost({ pageLoadTimeoutMs: 2000 });

    // No App is rendered in this test: the requests come from startReads alone (renderWidget, like main.tsx, calls
    // it before the first render; the test above shows the screen then sends none of them again).
    startReads(createQueryClient(), host, page);
    await vi.waitFor(() => expect(crm.log).toHaveLength(8));
    expect(crm.log.map((entry) => entry.operation).sort()).toEqual(['contactRoles', 'conversionOptions', 'currentUser', 'getLead', 'layouts', 'layouts', 'org', 'users']);
  });

  it('asks for the rep’s own user record at PageLoad in the bulk flow too (the language), and nothing else before it renders', async () => {
    const crm = createSimulatedCrm({ scenario: 'bulk-300' });
    resetZohoConnectionForTests();
    const pageLoad = { Entity: 'Leads', EntityId: [0, 1].map(bulkLeadId), ButtonPosition: 'ListView' };
    const sdk = installStandInSdk(createInProcessBackend(crm, { pageLoad, onUi: () => undefined }));
    onTestFinished(() => sdk.uninstall());
    const { host, page } = await connectZohoHost({ pageLoadTimeoutMs: 2000 });

    startReads(createQueryClient(), host, page);
    await vi.waitFor(() => expect(crm.log).toHaveLength(1));
    expect(crm.log[0]?.operation).toBe('currentUser');
  });
});
