import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { paletteEntries, paletteSource } from '../../src/ui/labels';
import { ActionPalette } from '../../src/ui/panels/ActionPalette';
import { makeStore, renderWithStore } from './helpers/game';
import { fakeLayout } from './helpers/layout';

// The virtualized list's scroll box gets room for about 30 options, each a measured height.
fakeLayout({ clientHeight: 1000, clientWidth: 560, offsetHeight: 32, offsetWidth: 560 });

describe('ActionPalette', () => {
  it('opens with Ctrl+K and lists the available actions with readable labels', async () => {
    const user = userEvent.setup();
    renderWithStore(<ActionPalette />);
    await user.keyboard('{Control>}k{/Control}');
    const dialog = screen.getByRole('dialog', { name: 'Actions' });
    expect(dialog).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Filter actions' })).toHaveFocus();
    expect(screen.getByRole('option', { name: /Claim command/ })).toBeInTheDocument();
    // The list is virtualized: an option further down is found by filtering, as a player would.
    await user.keyboard('page maya');
    expect(screen.getByRole('option', { name: /Page Maya Okafor \(Checkout on-call\)/ })).toBeInTheDocument();
    await user.clear(screen.getByRole('combobox', { name: 'Filter actions' }));
    await user.keyboard('arjun roll back');
    expect(screen.getByRole('option', { name: /Delegate to Arjun: roll back checkout to 2024.11.2/ })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('keeps the last filter selected on reopening, so typing replaces it; nobody can reach it while closed', async () => {
    const user = userEvent.setup();
    renderWithStore(<ActionPalette />);
    await user.keyboard('{Control>}k{/Control}');
    await user.keyboard('page maya');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const input = screen.getByRole('combobox', { hidden: true });
    expect(input).not.toHaveFocus();
    // Inert while closed: out of the tab order and the pointer's reach (jsdom knows the attribute only).
    expect(input.closest('[inert]')).not.toBeNull();
    await user.keyboard('{Control>}k{/Control}');
    const reopened = screen.getByRole('combobox', { name: 'Filter actions' }) as HTMLInputElement;
    expect(reopened).toHaveFocus();
    expect(reopened).toHaveValue('page maya');
    expect([reopened.selectionStart, reopened.selectionEnd]).toEqual([0, 'page maya'.length]);
    expect(screen.getByRole('option', { name: /Page Maya Okafor/ })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('claim');
    expect(reopened).toHaveValue('claim');
    expect(screen.getByRole('option', { name: /Claim command/ })).toBeInTheDocument();
  });

  it('runs the action the filter names when Enter follows the last key at once', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ActionPalette />);
    await user.keyboard('{Control>}k{/Control}');
    // The list follows the box in a deferred render; Enter goes by what the box says either way.
    await user.keyboard('claim command{Enter}');
    expect(store.getState().game.log.at(-1)?.action.type).toBe('command/claimed');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('builds its options from the same game while only the clock moves, and from the new one once an option can change', () => {
    const store = makeStore();
    const start = store.getState().game;
    expect(paletteSource(start)).toBe(start);
    store.getState().dispatch({ type: 'clock/advanced', seconds: 1 });
    expect(paletteSource(store.getState().game)).toBe(start);
    store.getState().dispatch({ type: 'command/claimed' });
    const claimed = store.getState().game;
    expect(paletteSource(claimed)).toBe(claimed);
  });

  it('keeps only the options in view in the page, and scrolls the active one into it', async () => {
    const user = userEvent.setup();
    renderWithStore(<ActionPalette />);
    await user.keyboard('{Control>}k{/Control}');
    const options = screen.getAllByRole('option');
    const total = Number(options[0]!.getAttribute('aria-setsize'));
    expect(total).toBeGreaterThan(options.length);
    await user.keyboard('{ArrowUp}');
    const combobox = screen.getByRole('combobox', { name: 'Filter actions' });
    const last = document.getElementById(combobox.getAttribute('aria-activedescendant')!);
    expect(last).toHaveAttribute('aria-posinset', String(total));
    expect(last).toHaveAttribute('aria-selected', 'true');
  });

  it('returns focus to the opener when closed', async () => {
    const user = userEvent.setup();
    renderWithStore(<ActionPalette />);
    const opener = screen.getByRole('button', { name: /Actions/ });
    await user.click(opener);
    expect(screen.getByRole('dialog', { name: 'Actions' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(opener).toHaveFocus();
  });

  it('filters, moves with arrow keys and runs with Enter', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ActionPalette />);
    await user.click(screen.getByRole('button', { name: /Actions/ }));
    await user.keyboard('page');
    const options = screen.getAllByRole('option');
    expect(options.every((o) => /page/i.test(o.textContent ?? ''))).toBe(true);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}');
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowUp}{Enter}');
    expect(store.getState().game.firstPageAt).toBe(0);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('asks before a destructive mitigation and says that it is destructive', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ActionPalette />);
    await user.keyboard('{Control>}k{/Control}');
    await user.keyboard('restart every checkout pod yourself{Enter}');
    const confirm = screen.getByRole('dialog', { name: 'Are you sure?' });
    expect(confirm).toHaveTextContent(/is destructive/);
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(store.getState().game.mitigations).toHaveLength(0);
    await user.keyboard('{Enter}');
    await user.click(await screen.findByRole('button', { name: 'Yes, do it' }));
    expect(store.getState().game.mitigations[0]?.id).toBe('restart-checkout-all');
  });

  it('offers only what the engine allows now', () => {
    const store = makeStore();
    act(() => {
      store.getState().dispatch({ type: 'command/claimed' });
    });
    const labels = paletteEntries(store.getState().game).map((e) => e.label);
    expect(labels.some((l) => l.startsWith('Claim command'))).toBe(false);
    expect(labels).toContain('Make Arjun Mehta (Storefront engineer) Deputy');
    expect(labels).toContain('Declare SEV1 (critical)');
  });
});

describe('palette labels', () => {
  it.each(['checkout-bad-deploy', 'db-pool-exhaustion', 'payment-provider-degradation'])('labels every option readably through a whole game of %s', async (id) => {
    const { textbook } = await import('../../src/bots/textbook');
    const store = makeStore(3, id);
    for (let steps = 0; steps < 400 && store.getState().game.phase === 'running'; steps++) {
      const entries = paletteEntries(store.getState().game);
      for (const entry of entries) {
        expect(entry.label).not.toMatch(/undefined|\[object|#\d+$/);
        expect(entry.label.length).toBeGreaterThan(5);
      }
      const action = textbook.play(store.getState().game);
      if (store.getState().dispatch(action ?? { type: 'clock/advanced', seconds: 30 })) store.getState().dispatch({ type: 'clock/advanced', seconds: 30 });
    }
  }, 60_000);
});
