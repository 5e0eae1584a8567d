import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RolesBoard } from '../../src/ui/panels/RolesBoard';
import { renderWithStore } from './helpers/game';

describe('RolesBoard', () => {
  it('shows who has command and the roles', () => {
    const { store } = renderWithStore(<RolesBoard />);
    expect(screen.getByText('Incident commander').nextElementSibling).toHaveTextContent(/Nobody/);
    act(() => {
      store.getState().dispatchMany([{ type: 'command/claimed' }, { type: 'role/assigned', role: 'scribe', to: 'arjun' }]);
    });
    expect(screen.getByText('Incident commander').nextElementSibling).toHaveTextContent('You (Incident commander)');
    expect(screen.getByText('Scribe').nextElementSibling).toHaveTextContent('Arjun Mehta');
    expect(screen.getByText('Deputy').nextElementSibling).toHaveTextContent('unassigned');
  });

  it('lists pending pages and delegated tasks with a time-box countdown', () => {
    const { store } = renderWithStore(<RolesBoard />);
    act(() => {
      store.getState().dispatchMany([
        { type: 'page/sent', to: 'maya' },
        { type: 'task/delegated', to: 'arjun', work: { kind: 'mitigate', mitigation: 'rollback-checkout' }, timebox: 600 },
        { type: 'clock/advanced', seconds: 10 },
      ]);
    });
    expect(screen.getByText(/Page to Maya Okafor \(Checkout on-call\): 00:10 unanswered/)).toBeInTheDocument();
    expect(screen.getByText(/Arjun Mehta to acknowledge: roll back checkout/)).toBeInTheDocument();
    const tasks = screen.getByRole('heading', { name: 'Delegated tasks' }).nextElementSibling as HTMLElement;
    expect(within(tasks).getByText('report due in 09:50')).toBeInTheDocument();
    act(() => {
      store.getState().dispatch({ type: 'clock/advanced', seconds: 60 });
    });
    expect(within(tasks).getByText('report due in 08:50')).toBeInTheDocument();
    expect(within(tasks).getByText('acknowledged')).toBeInTheDocument();
  });
});
