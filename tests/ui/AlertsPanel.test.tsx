import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { describe, expect, it } from 'vitest';
import { AlertsPanel } from '../../src/ui/panels/AlertsPanel';
import { renderWithStore } from './helpers/game';
import { fakeLayout } from './helpers/layout';

// The virtualized list's scroll box gets room for every group.
fakeLayout({ clientHeight: 2000, clientWidth: 400 });

describe('AlertsPanel', () => {
  it('counts firing alerts and groups in its header', () => {
    const { store } = renderWithStore(<AlertsPanel />);
    expect(screen.getByRole('heading', { name: 'Alerts' })).toBeInTheDocument();
    act(() => {
      store.getState().dispatch({ type: 'clock/advanced', seconds: 8 * 60 });
    });
    expect(screen.getByText(/\d+ firing in \d+ groups/)).toBeInTheDocument();
  });

  it('groups alerts by name and service with counts and a text severity label', () => {
    const { store } = renderWithStore(<AlertsPanel />);
    act(() => {
      store.getState().dispatch({ type: 'clock/advanced', seconds: 8 * 60 });
    });
    const storm = screen.getByRole('article', { name: /CheckoutPodHealthCheckFailing/ });
    expect(within(storm).getByText('Warning')).toBeInTheDocument();
    expect(within(storm).getByLabelText(/alerts, \d+ firing/)).toHaveTextContent(/×\d+/);
    const critical = screen.getByRole('article', { name: /CheckoutHighErrorRate/ });
    expect(within(critical).getByText('Critical')).toBeInTheDocument();
    // Each group appears once, however many alerts it holds.
    expect(screen.getAllByRole('article', { name: /CheckoutPodHealthCheckFailing/ })).toHaveLength(1);
  });

  it('acknowledges and silences a whole group', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<AlertsPanel />);
    act(() => {
      store.getState().dispatch({ type: 'clock/advanced', seconds: 8 * 60 });
    });
    const critical = screen.getByRole('article', { name: /CheckoutHighErrorRate/ });
    await user.click(within(critical).getByRole('button', { name: /Acknowledge CheckoutHighErrorRate/ }));
    expect(store.getState().game.alerts.filter((a) => a.alertname === 'CheckoutHighErrorRate').every((a) => a.ackedAt !== null)).toBe(true);
    expect(within(screen.getByRole('article', { name: /CheckoutHighErrorRate/ })).getByText(/Acknowledged/)).toBeInTheDocument();
    const storm = screen.getByRole('article', { name: /CheckoutPodHealthCheckFailing/ });
    await user.click(within(storm).getByRole('button', { name: /Silence 1h/ }));
    expect(within(screen.getByRole('article', { name: /CheckoutPodHealthCheckFailing/ })).getByText(/Silenced until/)).toBeInTheDocument();
  });
});
