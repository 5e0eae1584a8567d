import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GameDayEntry } from '../../../src/ui/gameday/GameDayEntry';
import { forgetServerCheck } from '../../../src/ui/gameday/health';

beforeEach(() => forgetServerCheck());
afterEach(() => vi.unstubAllGlobals());

const answer = (body: string, type: string) => vi.fn(async () => new Response(body, { status: 200, headers: { 'content-type': type } }));

describe('GameDayEntry', () => {
  it('offers to run or join a game day when the server answers /healthz', async () => {
    const fetcher = answer('{"ok":true}', 'application/json');
    vi.stubGlobal('fetch', fetcher);
    render(<GameDayEntry />);
    expect(await screen.findByText('Game-day server reachable.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Run a game day' })).toHaveAttribute('href', '#/gameday/new');
    expect(screen.getByRole('link', { name: 'Join a game day' })).toHaveAttribute('href', '#/gameday/join');
    expect(fetcher).toHaveBeenCalledWith('/healthz', expect.anything());
  });

  it('says plainly that game days are off behind a static host (the page comes back instead of JSON)', async () => {
    vi.stubGlobal('fetch', answer('<!doctype html><title>Firedrill</title>', 'text/html'));
    render(<GameDayEntry />);
    expect(await screen.findByText(/No game-day server behind this page/)).toHaveTextContent('Solo drills work as usual');
    expect(screen.queryByRole('link', { name: 'Run a game day' })).not.toBeInTheDocument();
  });

  it('says the same when there is no answer at all', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    render(<GameDayEntry />);
    expect(await screen.findByText(/No game-day server behind this page/)).toBeInTheDocument();
  });
});
