import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WarRoomPanels } from '../../src/ui/panels/WarRoomPanels';
import { renderWithStore } from './helpers/game';

describe('WarRoomPanels', () => {
  it('shows the clock, alerts, channel, services and roles, with the speed buttons by default', () => {
    renderWithStore(<WarRoomPanels />);
    for (const name of ['Alerts', 'Incident channel', 'Services', 'Roles']) expect(screen.getByRole('heading', { name })).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Game speed' })).getByRole('button', { name: '8x' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Services and roles' })).toHaveAttribute('tabindex', '0');
  });

  it('shows the speed without buttons where the pace is not the player’s to set', () => {
    renderWithStore(<WarRoomPanels clockControls={false} />);
    expect(screen.getByTestId('game-time')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '8x' })).not.toBeInTheDocument();
  });
});
