import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_DOCTRINE } from '../../src/doctrine/pack';
import { DEFAULT_PROGRESS, PROGRESS_KEY, progressStore } from '../../src/store/progress';
import { buildReport, reportMarkdown } from '../../src/ui/report';
import { ProgressScreen } from '../../src/ui/screens/ProgressScreen';
import { loadScenario } from './helpers/game';

afterEach(() => {
  localStorage.clear();
  progressStore.setState({ ...DEFAULT_PROGRESS, notice: null });
  vi.restoreAllMocks();
});

const library = () => ({ scenarios: [loadScenario('coached-first-drill'), loadScenario()], problems: [] });

function playedTwice() {
  const record = progressStore.getState().recordRun;
  record({ scenarioId: 'coached-first-drill', level: 'shadow', seed: 1, score: 58, resolved: true, at: Date.UTC(2026, 0, 5), dimensions: { mitigation: 70, command: 40, escalation: 60, severity: 50, signal: 45, blastRadius: 100 }, broken: ['command.claim', 'signal.first_update'] });
  record({ scenarioId: 'checkout-bad-deploy', level: 'scribe', seed: 2, score: 74, resolved: true, at: Date.UTC(2026, 0, 6), dimensions: { mitigation: 90, command: 80, escalation: 70, severity: 60, signal: 55, blastRadius: 100 }, broken: ['signal.first_update'] });
}

describe('progress report', () => {
  it('shows drills played, a chart of tenet scores and the rules most often broken', () => {
    playedTwice();
    render(<ProgressScreen library={library()} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Your progress' })).toHaveFocus();
    expect(screen.getByText('Drills played').nextElementSibling).toHaveTextContent('2');
    const chart = screen.getByRole('img', { name: /Scores per tenet over your last 2 drills\. Latest: Mitigation over resolution 90/ });
    expect(chart).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Legend' })).getAllByRole('listitem')).toHaveLength(6);
    const broken = within(screen.getByRole('region', { name: 'Rules most often broken' })).getAllByRole('listitem');
    expect(broken[0]).toHaveTextContent('2× broken Tell stakeholders early signal.first_update');
    expect(within(broken[0]!).getByRole('link', { name: 'Tell stakeholders early' })).toHaveAttribute('href', '#/handbook/signal.first_update');
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows[1]).toHaveTextContent(/The Friday afternoon checkout deploy.*Scribe.*74.*✓ Passed/);
  });

  it('names the trainee, keeps it in this browser, and exports Markdown and JSON for a lead', async () => {
    const user = userEvent.setup();
    playedTwice();
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:report';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    render(<ProgressScreen library={library()} />);
    await user.type(screen.getByLabelText('Trainee name (for the export)'), 'Ada');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Ada’s progress');
    expect(JSON.parse(localStorage.getItem(PROGRESS_KEY)!).state.settings.trainee).toBe('Ada');
    await user.click(screen.getByRole('button', { name: 'Export report (Markdown)' }));
    await user.click(screen.getByRole('button', { name: 'Export report (JSON)' }));
    const markdown = await created[0]!.text();
    expect(markdown).toContain('# Firedrill progress report: Ada');
    expect(markdown).toContain('- `signal.first_update` (Tell stakeholders early): 2 runs');
    const json = JSON.parse(await created[1]!.text()) as { trainee: string; drillsPlayed: number; standing: { current: string } };
    expect(json).toMatchObject({ trainee: 'Ada', drillsPlayed: 2, standing: { current: 'scribe' } });
  });

  it('reads well with no runs at all', () => {
    render(<ProgressScreen library={library()} />);
    expect(screen.getByText('Finish a drill to see your scores per tenet here.')).toBeInTheDocument();
    expect(reportMarkdown(buildReport({}, { trainee: '', pack: DEFAULT_DOCTRINE, titles: {} }))).toContain('0 runs of 0 different drills.');
  });
});
