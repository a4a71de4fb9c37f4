import { screen, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import type { RequestLogEntry } from '../../../app/host/simulator/simulated-crm-types';

type User = ReturnType<typeof userEvent.setup>;

/** The bodies of every convert request the simulated CRM received, in order. */
export function convertBodies(log: readonly RequestLogEntry[]): unknown[] {
  return log.filter((entry) => entry.operation === 'convert').map((entry) => entry.body);
}

export async function section(name: 'Contact' | 'Account') {
  return within(await screen.findByRole('group', { name }));
}

/** Switches the deal on and fills the standard fields (select values are the actual values Zoho expects). */
export async function fillDeal(user: User, deal: { name: string; closing: string; pipeline: string; stage: string; amount: string }) {
  await user.click(await screen.findByRole('switch', { name: 'Create a deal' }));
  const name = await screen.findByLabelText(/^Deal Name/i);
  await user.clear(name);
  await user.type(name, deal.name);
  const closing = screen.getByLabelText(/^Closing Date/i);
  await user.clear(closing);
  await user.type(closing, deal.closing);
  await user.selectOptions(screen.getByLabelText(/^Pipeline/), deal.pipeline);
  await user.selectOptions(screen.getByLabelText(/^Stage/), deal.stage);
  const amount = screen.getByLabelText(/^Amount/);
  await user.clear(amount);
  await user.type(amount, deal.amount);
}

export async function reviewAndConvert(user: User) {
  await user.click(screen.getByRole('button', { name: 'Review' }));
  await user.click(await screen.findByRole('button', { name: 'Convert' }));
}
