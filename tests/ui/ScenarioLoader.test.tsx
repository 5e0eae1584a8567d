import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/ui/App.tsx';
import { reloadUserScenarios, USER_SCENARIOS_KEY } from '../../src/ui/userScenarios';

const fixture = (path: string) => readFileSync(join(process.cwd(), 'tests/fixtures', path), 'utf8');
const yamlFile = (name: string, text: string) => new File([text], name, { type: 'text/yaml' });
const fileInput = () => document.querySelector<HTMLInputElement>('input[type="file"]')!;

async function openPicker() {
  window.history.replaceState(null, '', '#/');
  render(<App />);
  await screen.findByRole('list', { name: 'Drills' }, { timeout: 10_000 });
}

beforeEach(() => {
  localStorage.clear();
  reloadUserScenarios();
});

afterEach(() => {
  localStorage.clear();
  reloadUserScenarios();
  window.history.replaceState(null, '', '#/');
});

describe('loading a scenario file', () => {
  it('lists the problems of a malformed file with file, line, column and path, and moves focus there', async () => {
    const user = userEvent.setup();
    await openPicker();
    await user.upload(fileInput(), yamlFile('bad-duration.yaml', fixture('malformed/bad-duration.yaml')));
    const region = await screen.findByRole('region', { name: 'bad-duration.yaml has 1 problem and was not loaded' });
    expect(within(region).getByRole('listitem')).toHaveTextContent(
      'bad-duration.yaml, line 68, column 12 at mitigations[0].delay: expected a duration like "5m", got text "5 minutes"',
    );
    expect(within(region).getByRole('heading')).toHaveFocus();
    expect(screen.queryByRole('article', { name: 'A minimal drill' })).not.toBeInTheDocument();
  });

  it('makes a valid file playable at once, marked as yours, and remembers it', async () => {
    const user = userEvent.setup();
    await openPicker();
    await user.upload(fileInput(), yamlFile('minimal.yaml', fixture('valid/minimal.yaml')));
    expect(await screen.findByRole('heading', { name: 'Loaded “A minimal drill”' })).toHaveFocus();
    const card = screen.getByRole('article', { name: 'A minimal drill' });
    expect(within(card).getByText('Your file')).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(USER_SCENARIOS_KEY) ?? '{}')).toMatchObject({ version: 1, files: [{ file: 'minimal.yaml' }] });

    await user.click(within(card).getByRole('button', { name: /Brief me/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'A minimal drill' })).toBeInTheDocument();
    expect(window.location.hash).toMatch(/^#\/brief\/minimal\?seed=\d+&mode=shadow$/);
  });

  it('shows a remembered file on the next visit and forgets it on request', async () => {
    localStorage.setItem(USER_SCENARIOS_KEY, JSON.stringify({ version: 1, files: [{ file: 'minimal.yaml', text: fixture('valid/minimal.yaml') }] }));
    const user = userEvent.setup();
    await openPicker();
    const card = screen.getByRole('article', { name: 'A minimal drill' });
    await user.click(within(card).getByRole('button', { name: /Forget this file/ }));
    expect(screen.queryByRole('article', { name: 'A minimal drill' })).not.toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(USER_SCENARIOS_KEY) ?? '{}')).toEqual({ version: 1, files: [] });
  });

  it('drops a corrupt stored value with a notice and keeps working', async () => {
    localStorage.setItem(USER_SCENARIOS_KEY, '{"version": 1, "files": [');
    const user = userEvent.setup();
    await openPicker();
    expect(screen.getByText('Your saved scenario files could not be read, so they were removed. Load them again to play them.')).toBeInTheDocument();
    expect(localStorage.getItem(USER_SCENARIOS_KEY)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/could not be read/)).not.toBeInTheDocument();
    expect(screen.getAllByRole('article').length).toBeGreaterThanOrEqual(13);
  });

  it('refuses a file over 1 MB before reading it', async () => {
    const user = userEvent.setup();
    await openPicker();
    await user.upload(fileInput(), yamlFile('huge.yaml', 'x'.repeat(1024 * 1024 + 1)));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('huge.yaml was not loaded');
    expect(alert).toHaveTextContent('scenario files can be at most 1.0 MB');
  });

  it('refuses a file that takes the id of a bundled drill', async () => {
    const user = userEvent.setup();
    await openPicker();
    const text = fixture('valid/minimal.yaml').replace(/^id: minimal$/m, 'id: checkout-bad-deploy');
    await user.upload(fileInput(), yamlFile('copy.yaml', text));
    const region = await screen.findByRole('region', { name: 'copy.yaml has 1 problem and was not loaded' });
    expect(region).toHaveTextContent('already used by a bundled drill');
  });

  it('renders the text of a file as text, never as markup', async () => {
    const user = userEvent.setup();
    await openPicker();
    const text = fixture('valid/minimal.yaml').replace(/^title: .*$/m, 'title: "<img src=x onerror=alert(1)> Sneaky"');
    await user.upload(fileInput(), yamlFile('<b>sneaky</b>.yaml', text));
    const card = await screen.findByRole('article', { name: '<img src=x onerror=alert(1)> Sneaky' });
    expect(card.querySelector('img')).toBeNull();
    expect(document.querySelector('b')).toBeNull();
    expect(screen.getByText(/From <b>sneaky<\/b>\.yaml\./)).toBeInTheDocument();
  });

  it('loads a file dropped onto the picker', async () => {
    await openPicker();
    const main = screen.getByRole('main');
    const file = yamlFile('minimal.yaml', fixture('valid/minimal.yaml'));
    const { fireEvent } = await import('@testing-library/react');
    fireEvent.dragOver(main, { dataTransfer: { types: ['Files'], files: [file], dropEffect: 'none' } });
    expect(main).toHaveClass('picker--dragging');
    fireEvent.drop(main, { dataTransfer: { types: ['Files'], files: [file] } });
    expect(await screen.findByRole('article', { name: 'A minimal drill' })).toBeInTheDocument();
    expect(main).not.toHaveClass('picker--dragging');
  });
});
