import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { RenderFailureBoundary } from '../../app/components/render-failure-boundary';

describe('RenderFailureBoundary', () => {
  it('shows a readable error instead of a blank widget, and Try again renders the part again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // React logs caught render errors
    let chunkArrived = false;
    function LazyPart() {
      if (!chunkArrived) throw new Error('Failed to fetch dynamically imported module');
      return <p>Deal section</p>;
    }
    render(
      <RenderFailureBoundary message="Part of Lead Convert could not be loaded.">
        <LazyPart />
      </RenderFailureBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Part of Lead Convert could not be loaded.');

    chunkArrived = true;
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('Deal section')).toBeInTheDocument();
  });
});
