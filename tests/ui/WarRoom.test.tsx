import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WarRoom } from '../../src/ui/screens/WarRoomScreen';
import { makeStore } from './helpers/game';

describe('WarRoom', () => {
  it('lays out every panel and the actions opener', () => {
    render(<WarRoom store={makeStore()} />);
    for (const name of ['Incident channel', 'Alerts', 'Services', 'Roles']) expect(screen.getByRole('heading', { name })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Actions/ })).toHaveAttribute('aria-keyshortcuts', 'Control+K Meta+K');
    expect(screen.getByText('No severity')).toBeInTheDocument();
  });

  it('goes to the debrief when the drill ends', () => {
    window.history.replaceState(null, '', '#/play/checkout-bad-deploy?seed=7');
    const store = makeStore(7);
    render(<WarRoom store={store} />);
    act(() => {
      store.getState().dispatch({ type: 'incident/resolved' });
    });
    expect(window.location.hash).toBe('#/debrief/checkout-bad-deploy?seed=7');
  });

  it('shows an engine refusal as a toast', () => {
    const store = makeStore();
    render(<WarRoom store={store} />);
    act(() => {
      store.getState().dispatch({ type: 'role/assigned', role: 'deputy', to: 'arjun' });
    });
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent(/Only the incident commander assigns roles/);
  });
});
