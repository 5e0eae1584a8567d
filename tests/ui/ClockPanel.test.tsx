import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { describe, expect, it } from 'vitest';
import { ClockPanel, timeOfDay } from '../../src/ui/panels/ClockPanel';
import { renderWithStore } from './helpers/game';

describe('ClockPanel', () => {
  it('shows game time, local time and time since the first page', () => {
    const { store } = renderWithStore(<ClockPanel />);
    expect(screen.getByText('Game time').nextElementSibling).toHaveTextContent('00:00');
    expect(screen.getByText('Local time').nextElementSibling).toHaveTextContent('15:40');
    expect(screen.getByText('Since first page').nextElementSibling).toHaveTextContent('no page yet');
    act(() => {
      store.getState().dispatch({ type: 'clock/advanced', seconds: 90 });
      store.getState().dispatch({ type: 'page/sent', to: 'maya' });
      store.getState().dispatch({ type: 'clock/advanced', seconds: 30 });
    });
    expect(screen.getByText('Game time').nextElementSibling).toHaveTextContent('02:00');
    expect(screen.getByText('Since first page').nextElementSibling).toHaveTextContent('00:30');
  });

  it('switches speed and pauses with buttons that say whether they are pressed', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ClockPanel />);
    expect(screen.getByRole('button', { name: '1x' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: '8x' }));
    expect(store.getState().speed).toBe(8);
    expect(screen.getByRole('button', { name: '8x' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(store.getState().paused).toBe(true);
    expect(screen.getByRole('button', { name: 'Resume' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('computes the time of day past midnight', () => {
    expect(timeOfDay('23:50', 20 * 60)).toBe('00:10');
  });
});
