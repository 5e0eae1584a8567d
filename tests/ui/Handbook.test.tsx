import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_DOCTRINE, type DoctrinePack } from '../../src/doctrine/pack';
import { createGame } from '../../src/engine';
import { App } from '../../src/ui/App.tsx';
import { DebriefScreen } from '../../src/ui/screens/DebriefScreen';
import { HandbookScreen } from '../../src/ui/screens/HandbookScreen';
import { advance, loadScenario, play } from './helpers/game';

afterEach(() => window.history.replaceState(null, '', '#/'));

describe('handbook', () => {
  it('has five sections and a table of contents linking to each section and rule', () => {
    render(<HandbookScreen />);
    expect(screen.getByRole('heading', { level: 1, name: 'How we run incidents' })).toHaveFocus();
    const toc = screen.getByRole('navigation', { name: 'Contents' });
    const sections = ['The reality of incidents', 'Severity levels', 'Incident coordination', 'Communication', 'Escalation'];
    for (const title of sections) {
      expect(within(toc).getByRole('link', { name: title })).toHaveAttribute('href', expect.stringMatching(/^#\/handbook\/[a-z]+$/));
      expect(screen.getByRole('region', { name: new RegExp(title) })).toBeInTheDocument();
    }
    expect(within(toc).getByRole('link', { name: 'Update on a steady cadence' })).toHaveAttribute('href', '#/handbook/signal.cadence');
    expect(screen.getByRole('article', { name: 'Update on a steady cadence' })).toHaveAttribute('id', 'rule-signal-cadence');
  });

  it('shows the loaded pack’s severity table and numbers, not numbers of its own', () => {
    const pack: DoctrinePack = {
      ...DEFAULT_DOCTRINE,
      name: 'Night-shift pack',
      command: { ...DEFAULT_DOCTRINE.command, claimWithinMinutes: 7 },
      signal: { ...DEFAULT_DOCTRINE.signal, cadenceMinutes: 45 },
      severity: { ...DEFAULT_DOCTRINE.severity, levels: DEFAULT_DOCTRINE.severity.levels.map((l) => (l.level === 1 ? { ...l, impact: 'Payments are down for everyone.' } : l)) },
    };
    render(<HandbookScreen pack={pack} />);
    const table = screen.getByRole('table', { name: /Severity levels in the night-shift pack/ });
    expect(within(table).getAllByRole('row')).toHaveLength(5);
    expect(within(table).getByText('Payments are down for everyone.')).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Claim command out loud' })).toHaveTextContent('within 7 minutes of the incident becoming visible');
    expect(screen.getByRole('article', { name: 'Update on a steady cadence' })).toHaveTextContent(`every ${pack.signal.cadenceMinMinutes} to 45 minutes`);
  });

  it('opens at a rule from its link and moves focus to it; the keyboard follows the contents', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '#/handbook/command.claim');
    render(<App />);
    const rule = await screen.findByRole('article', { name: 'Claim command out loud' }, { timeout: 10_000 });
    expect(rule).toHaveFocus();
    const toc = screen.getByRole('navigation', { name: 'Contents' });
    const link = within(toc).getByRole('link', { name: 'Escalation' });
    link.focus();
    await user.keyboard('{Enter}');
    expect(window.location.hash).toBe('#/handbook/escalation');
    // Every section is already on the page: wait for the focus to move (the hashchange comes in a task
    // of its own), not just for the section to exist.
    await waitFor(() => expect(screen.getByRole('region', { name: /Escalation/ })).toHaveFocus());
  });

  it('says so when a link names no rule, and still shows the handbook', () => {
    render(<HandbookScreen target="made.up" />);
    expect(screen.getByRole('status')).toHaveTextContent('There is no rule called “made.up”');
    expect(screen.getByRole('navigation', { name: 'Contents' })).toBeInTheDocument();
  });

  it('links every debrief finding to its rule in the handbook', () => {
    const game = play(createGame(loadScenario(), { seed: 3 }), ...advance(120), { type: 'command/claimed' }, { type: 'incident/resolved' });
    render(<DebriefScreen game={game} />);
    const findings = within(screen.getByRole('region', { name: 'Findings' })).getAllByRole('listitem');
    expect(findings.length).toBeGreaterThan(2);
    for (const item of findings) {
      const rule = item.querySelector('code')!.textContent!;
      expect(within(item).getByRole('link', { name: /^Read the rule/ })).toHaveAttribute('href', `#/handbook/${rule}`);
    }
  });
});
