// At most one successful convert per lead, whatever the rep (or the browser) does: double click, Enter held down,
// a re-mount mid-convert, two tabs on the same lead, closing and reopening the popup mid bulk run.
import { QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../app/app';
import { warmSingleFlowChunks } from '../../support/warm-chunks';
import { renderWidget } from '../../support/render-widget';
import { openBulk, resultsTable, reviewTable, selection } from '../bulk/helpers';
import { reviewAndConvert } from '../single-conversion/helpers';

type Crm = Awaited<ReturnType<typeof renderWidget>>['crm'];

const converts = (crm: Crm) => crm.log.filter((entry) => entry.operation === 'convert');
const committed = (crm: Crm) => converts(crm).filter((entry) => entry.status === 200 || (entry.outcome === 'lost' && entry.fault === 'lost-after-commit'));
const featuredConverted = (crm: Crm) => crm.snapshot().leads.filter((lead) => lead.id === crm.scenario.featuredLeadId && lead.$converted === true);

beforeAll(warmSingleFlowChunks, 30_000);
afterEach(() => void vi.useRealTimers());

describe('single lead: one convert request, whatever the input', () => {
  it('a double click on Convert sends one request', async () => {
    const { crm, user } = await renderWidget({ scenario: 'kaizen-137', latencyMs: 30 });
    await screen.findByRole('group', { name: 'Contact' });
    await user.click(screen.getByRole('button', { name: 'Review' }));
    await user.dblClick(await screen.findByRole('button', { name: 'Convert' }));
    expect(await screen.findByRole('heading', { name: /Lead converted/ })).toBeInTheDocument();
    expect(converts(crm)).toHaveLength(1);
    expect(featuredConverted(crm)).toHaveLength(1);
  });

  it('Enter held down on Convert (key repeat) sends one request', async () => {
    const { crm, user } = await renderWidget({ scenario: 'kaizen-137', latencyMs: 30 });
    await screen.findByRole('group', { name: 'Contact' });
    await user.click(screen.getByRole('button', { name: 'Review' }));
    (await screen.findByRole('button', { name: 'Convert' })).focus();
    await user.keyboard('{Enter>12/}');
    expect(await screen.findByRole('heading', { name: /Lead converted/ })).toBeInTheDocument();
    expect(converts(crm)).toHaveLength(1);
  });

  it('a re-mount while the convert is on its way keeps Convert disabled, then shows the result of that one request', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { crm, user, remount } = await renderWidget({ scenario: 'kaizen-137', faults: [{ kind: 'slow', operation: 'convert' }] });
    await screen.findByRole('group', { name: 'Contact' });
    await reviewAndConvert(user);
    remount();
    // The new screen starts at the edit step (its store is new) but knows a convert of this lead is running.
    await user.click(await screen.findByRole('button', { name: 'Review' }));
    const button = await screen.findByRole('button', { name: 'Converting…' });
    expect(button).toBeDisabled();
    await vi.advanceTimersByTimeAsync(6000);
    expect(await screen.findByRole('heading', { name: /Lead converted/ })).toBeInTheDocument();
    expect(converts(crm)).toHaveLength(1);
  });

  it('after a re-mount that missed a lost answer, Convert reads the lead first and shows it converted: no second request', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { crm, user, remount } = await renderWidget({ scenario: 'kaizen-137', faults: [{ kind: 'lost-after-commit', operation: 'convert' }] });
    await screen.findByRole('group', { name: 'Contact' });
    crm.setLatency(3000);
    await reviewAndConvert(user);
    remount();
    await vi.advanceTimersByTimeAsync(4000);
    crm.setLatency(0);
    // Nobody saw the lost answer: the re-mounted screen offers Convert again…
    await user.click(await screen.findByRole('button', { name: 'Review' }));
    await user.click(await screen.findByRole('button', { name: 'Convert' }));
    // …which first asks Zoho about the lead, finds it converted and says so.
    expect(await screen.findByRole('heading', { name: /Lead converted/ })).toBeInTheDocument();
    expect(converts(crm)).toHaveLength(1);
    expect(featuredConverted(crm)).toHaveLength(1);
  });
});

describe('two tabs on the same lead, one CRM', () => {
  /** A second widget (its own QueryClient and screens, as another tab has) over the same CRM. */
  async function twoTabs(latencyMs = 0) {
    const first = await renderWidget({ scenario: 'kaizen-137', latencyMs });
    const second = render(<App host={first.host} page={first.page} queryClient={new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } })} />);
    const tabs = [within(first.container), within(second.container)] as const;
    for (const tab of tabs) {
      await tab.findByRole('group', { name: 'Contact' });
      await first.user.click(tab.getByRole('button', { name: 'Review' }));
      await tab.findByRole('button', { name: 'Convert' });
    }
    return { ...first, tabs };
  }

  it('the second tab to convert is told the lead is converted and shows the records, from one successful request', async () => {
    const { crm, user, tabs } = await twoTabs();
    await user.click(tabs[0].getByRole('button', { name: 'Convert' }));
    expect(await tabs[0].findByRole('heading', { name: /Lead converted/ })).toBeInTheDocument();

    await user.click(tabs[1].getByRole('button', { name: 'Convert' }));
    expect(await tabs[1].findByRole('heading', { name: /Lead converted/ })).toBeInTheDocument();
    expect(converts(crm).map((entry) => entry.status)).toEqual([200, 400]);
    expect(committed(crm)).toHaveLength(1);
    expect(featuredConverted(crm)).toHaveLength(1);
    // Both tabs show the same contact: the second read it from the lead.
    const contactOf = (tab: (typeof tabs)[number]) => tab.getByRole('button', { name: /^Contact/ }).textContent;
    expect(contactOf(tabs[1])).toBe(contactOf(tabs[0]));
  });

  it('both tabs clicking at the same moment: one conversion, both show the result', async () => {
    const { crm, user, tabs } = await twoTabs(40);
    await Promise.all(tabs.map((tab) => user.click(tab.getByRole('button', { name: 'Convert' }))));
    for (const tab of tabs) expect(await tab.findByRole('heading', { name: /Lead converted/ })).toBeInTheDocument();
    expect(converts(crm)).toHaveLength(2);
    expect(committed(crm)).toHaveLength(1);
    expect(featuredConverted(crm)).toHaveLength(1);
  });
});

describe('closing and reopening the popup mid bulk run', () => {
  beforeEach(() => localStorage.clear());

  it('the reopened widget follows the submitted job from the journal; no lead is submitted twice', async () => {
    const ids = selection(10);
    const view = await openBulk(10);
    const { crm, user, host, page } = view;
    await reviewTable();
    await user.click(screen.getByRole('button', { name: 'Skip all needing review' }));
    await user.click(screen.getByRole('button', { name: /^Convert \d+ leads$/ }));
    // Closed right after Zoho accepted the job (the popup's JS is gone; Zoho keeps running the job).
    await vi.waitFor(() => expect(crm.log.some((entry) => entry.operation === 'massConvert' && entry.status === 202)).toBe(true));
    view.unmount();
    expect(Object.keys(localStorage).some((key) => key.startsWith('lead-convert.bulk-journal.'))).toBe(true);

    render(<App host={host} page={page} queryClient={new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } })} />);
    const table = await resultsTable();
    const submitted = crm.log.filter((entry) => entry.operation === 'massConvert').flatMap((entry) => (entry.body as { ids: string[] }).ids);
    expect(new Set(submitted).size).toBe(submitted.length);
    const converted = crm.snapshot().leads.filter((lead) => ids.includes(lead.id) && lead.$converted === true && submitted.includes(lead.id));
    expect(converted).toHaveLength(submitted.length);
    expect(within(table).getAllByText('Converted').length).toBeGreaterThanOrEqual(submitted.length);
    // Settled: the journal is gone, so a third opening starts fresh.
    expect(Object.keys(localStorage).some((key) => key.startsWith('lead-convert.bulk-journal.'))).toBe(false);
  });
});
