import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/ui/App.tsx';
import { parseRoute, formatRoute } from '../../src/ui/route';
import { loadLibrary } from '../../src/ui/scenarios';

afterEach(() => {
  window.history.replaceState(null, '', '#/');
});

describe('App', () => {
  it('opens on the picker with a card per bundled scenario', async () => {
    window.history.replaceState(null, '', '#/');
    render(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Firedrill — incident-response drills' }, { timeout: 10_000 })).toBeInTheDocument();
    const cards = within(screen.getByRole('list', { name: 'Drills' })).getAllByRole('article');
    expect(cards.length).toBeGreaterThanOrEqual(3);
    const checkout = screen.getByRole('article', { name: 'The Friday afternoon checkout deploy' });
    expect(within(checkout).getByText('Intro')).toBeInTheDocument();
    expect(within(checkout).getByText('1 h')).toBeInTheDocument();
    expect(within(checkout).getByText('mitigation.first')).toBeInTheDocument();
  });

  it('filters the drills by text', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '#/');
    render(<App />);
    await user.type(await screen.findByRole('searchbox', { name: 'Filter drills' }), 'flash-sale');
    expect(screen.getAllByRole('article')).toHaveLength(1);
    expect(screen.getByRole('article', { name: 'The flash-sale connection crunch' })).toBeInTheDocument();
    await user.clear(screen.getByRole('searchbox', { name: 'Filter drills' }));
    await user.type(screen.getByRole('searchbox', { name: 'Filter drills' }), 'nothing-like-this');
    expect(screen.getByText(/No drill matches/)).toBeInTheDocument();
  });

  it('goes from a card to the briefing at the trainee’s level, keeping scenario, seed and level in the URL', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '#/');
    render(<App />);
    await user.click(await screen.findByRole('button', { name: /Brief me: The Friday afternoon checkout deploy/ }));
    // A new trainee stands at Shadow, so the briefing opens there.
    expect(window.location.hash).toMatch(/^#\/brief\/checkout-bad-deploy\?seed=\d+&mode=shadow$/);
    expect(await screen.findByRole('heading', { level: 1, name: 'The Friday afternoon checkout deploy' })).toBeInTheDocument();
    expect(screen.getByText('You are the on-call engineer for the web storefront this week.')).toBeInTheDocument();
    expect(screen.getByText('15:40')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Controls' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start the drill (Shadow)' }));
    expect(window.location.hash).toMatch(/^#\/play\/checkout-bad-deploy\?seed=\d+&mode=shadow$/);
    expect(await screen.findByRole('heading', { name: 'Incident channel' }, { timeout: 10_000 })).toBeInTheDocument();
  });

  it('explains a debrief link without a played game instead of showing a blank screen', async () => {
    window.history.replaceState(null, '', '#/debrief/checkout-bad-deploy?seed=4');
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'No finished drill to debrief' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Play it now' })).toHaveAttribute('href', '#/brief/checkout-bad-deploy?seed=4');
  });

  it('is styled with CSS classes, not inline style attributes, outside the war room', async () => {
    window.history.replaceState(null, '', '#/');
    const { container } = render(<App />);
    await screen.findByRole('list', { name: 'Drills' });
    expect(container.querySelectorAll('[style]')).toHaveLength(0);
  });
});

describe('routes', () => {
  it('round-trips scenario and seed', () => {
    const route = parseRoute('#/play/checkout-bad-deploy?seed=7');
    expect(route).toEqual({ name: 'play', id: 'checkout-bad-deploy', seed: 7 });
    expect(formatRoute(route)).toBe('#/play/checkout-bad-deploy?seed=7');
    expect(parseRoute('#/')).toEqual({ name: 'picker' });
    expect(parseRoute('#/nope/x/y').name).toBe('not-found');
  });
});

describe('scenario library', () => {
  it('turns a file that does not parse into a readable problem list', async () => {
    const library = await loadLibrary({
      '/scenarios/broken.yaml': () => Promise.resolve('schemaVersion: 1\nid: Not An Id\n'),
    });
    expect(library.scenarios).toHaveLength(0);
    expect(library.problems[0]?.file).toBe('scenarios/broken.yaml');
    expect(library.problems[0]?.errors.length).toBeGreaterThan(0);
    expect(library.problems[0]?.errors[0]?.message).toMatch(/\w/);
  });
});
