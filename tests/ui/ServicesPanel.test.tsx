import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createDashboardSampler, DASHBOARD_REFRESH_SECONDS, ServicesPanel } from '../../src/ui/panels/ServicesPanel';
import { renderWithStore } from './helpers/game';

describe('ServicesPanel', () => {
  it('lists services with health as text and sparklines of error rate and p99', () => {
    const { store } = renderWithStore(<ServicesPanel />);
    const list = screen.getAllByRole('listitem');
    expect(list).toHaveLength(4);
    expect(within(list[1]!).getByText('Checkout API')).toBeInTheDocument();
    expect(within(list[1]!).getByText('Healthy')).toBeInTheDocument();
    act(() => {
      store.getState().dispatch({ type: 'clock/advanced', seconds: 6 * 60 });
    });
    const checkout = screen.getByText('Checkout API').closest('li')!;
    expect(within(checkout).getByText(/Degraded|Down/)).toBeInTheDocument();
    expect(within(checkout).getByRole('img', { name: /Checkout API error rate, last \d+ minutes, now \d+/ })).toBeInTheDocument();
    expect(within(checkout).getByRole('img', { name: /Checkout API p99 latency, now \d+ ms/ })).toBeInTheDocument();
    expect(checkout.querySelector('polyline')?.getAttribute('points')).toMatch(/\d+,\d+/);
  });

  it('shows customer impact as a percentage and user-minutes lost', () => {
    const { store } = renderWithStore(<ServicesPanel />);
    act(() => {
      store.getState().dispatch({ type: 'clock/advanced', seconds: 10 * 60 });
    });
    const meter = screen.getByRole('meter', { name: 'Customer impact' });
    const percent = Math.round(store.getState().game.impact * 100);
    expect(percent).toBeGreaterThan(0);
    expect(meter).toHaveAttribute('aria-valuenow', String(percent));
    expect(screen.getByText(`${percent}% of users`)).toBeInTheDocument();
    expect(screen.getByText(/user-minutes lost/)).toHaveTextContent(Math.round(store.getState().game.userMinutesLost).toLocaleString('en-US'));
  });

  it('refreshes the numbers every few game seconds, like a dashboard, and a change of health at once', () => {
    const sample = createDashboardSampler();
    const ok = { api: { rps: 100, errorRate: 0.01, p99: 200, saturation: 0.3, health: 'ok' as const } };
    const busier = { api: { ...ok.api, rps: 140 } };
    const down = { api: { ...ok.api, errorRate: 0.6, health: 'down' as const } };
    expect(sample({ time: 10, services: ok })).toBe(ok);
    expect(sample({ time: 11, services: busier })).toBe(ok);
    expect(sample({ time: 10 + DASHBOARD_REFRESH_SECONDS, services: busier })).toBe(busier);
    expect(sample({ time: 16, services: down })).toBe(down);
    // A game started over (time went back) shows its own numbers at once.
    expect(sample({ time: 0, services: ok })).toBe(ok);
  });
});
