import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createGame } from '../../src/engine';
import { DIMENSION_TITLES } from '../../src/scoring/debrief';
import { DebriefScreen } from '../../src/ui/screens/DebriefScreen';
import { advance, loadScenario, play } from './helpers/game';

function finishedGame() {
  const scenario = loadScenario();
  let game = createGame(scenario, { seed: 7 });
  game = play(game, ...advance(60), { type: 'command/claimed' }, { type: 'severity/declared', level: 1 }, { type: 'page/sent', to: 'maya' });
  game = play(game, { type: 'task/delegated', to: 'arjun', work: { kind: 'mitigate', mitigation: 'rollback-checkout' }, timebox: 600 }, ...advance(10 * 60), { type: 'incident/resolved' });
  return game;
}

describe('DebriefScreen', () => {
  const game = finishedGame();

  it('shows the total and the six dimension scores with their titles', () => {
    render(<DebriefScreen game={game} />);
    expect(screen.getByTestId('total-score')).toHaveTextContent(/^\d+\/100$/);
    const dims = within(screen.getByRole('list', { name: 'Dimension scores' })).getAllByRole('listitem');
    expect(dims).toHaveLength(6);
    for (const title of Object.values(DIMENSION_TITLES)) expect(screen.getByText(title)).toBeInTheDocument();
    expect(screen.getByText(/Textbook on this seed: \d+/)).toBeInTheDocument();
  });

  it('lists findings with rule, time and points; selecting one marks its moment on the chart', async () => {
    const user = userEvent.setup();
    const { container } = render(<DebriefScreen game={game} />);
    const findings = within(screen.getByRole('heading', { name: 'Findings' }).parentElement!).getAllByRole('button');
    expect(findings.length).toBeGreaterThan(0);
    expect(findings[0]).toHaveTextContent(/\d\d:\d\d\s*[a-z_]+\.[a-z_]+\s*(Kept|Broken)\s*[+-]?\d+/);
    expect(container.querySelector('.chart__highlight')).toBeNull();
    await user.click(findings[0]!);
    expect(findings[0]).toHaveAttribute('aria-pressed', 'true');
    expect(container.querySelector('.chart__highlight')).not.toBeNull();
  });

  it('draws the impact chart with the player line, the textbook ghost and markers', () => {
    const { container } = render(<DebriefScreen game={game} />);
    expect(screen.getByRole('img', { name: /Your response: peak \d+% of users affected/ })).toBeInTheDocument();
    expect(container.querySelector('.chart__player')?.getAttribute('points')).toMatch(/\d/);
    expect(container.querySelector('.chart__ghost')?.getAttribute('points')).toMatch(/\d/);
    expect(container.querySelectorAll('.chart__marker').length).toBeGreaterThan(0);
  });

  it('downloads the Markdown postmortem and the replay as files', async () => {
    const user = userEvent.setup();
    const created: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:test';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    render(<DebriefScreen game={game} />);
    await user.click(screen.getByRole('button', { name: 'Download postmortem (Markdown)' }));
    await user.click(screen.getByRole('button', { name: 'Download replay (JSON)' }));
    expect(click).toHaveBeenCalledTimes(2);
    expect(await created[0]!.text()).toMatch(/^# Postmortem \(drill\): The Friday afternoon checkout deploy/);
    expect(JSON.parse(await created[1]!.text())).toMatchObject({ format: 'firedrill-replay', scenario: 'checkout-bad-deploy', seed: 7 });
    click.mockRestore();
  });
});
