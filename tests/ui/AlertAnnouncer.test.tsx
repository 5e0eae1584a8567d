import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ANNOUNCE_EVERY_MS, AlertAnnouncer } from '../../src/ui/panels/AlertAnnouncer';
import { renderWithStore } from './helpers/game';

describe('AlertAnnouncer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('announces new alerts as one polite summary, at most once every few seconds', () => {
    const { store } = renderWithStore(<AlertAnnouncer />);
    const region = screen.getByRole('status', { name: 'Alert announcements' });
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toHaveTextContent('');

    act(() => {
      store.getState().dispatch({ type: 'clock/advanced', seconds: 4 * 60 });
    });
    act(() => {
      vi.advanceTimersByTime(0);
    });
    const first = region.textContent ?? '';
    expect(first).toMatch(/^\d+ new alerts?: .*Latest: \w+ on [\w-]+\.$/);

    // More alerts arrive straight away: the next summary waits for the throttle window.
    act(() => {
      store.getState().dispatch({ type: 'clock/advanced', seconds: 5 * 60 });
    });
    act(() => {
      vi.advanceTimersByTime(ANNOUNCE_EVERY_MS - 100);
    });
    expect(region.textContent).toBe(first);
    act(() => {
      vi.advanceTimersByTime(200);
    });
    expect(region.textContent).not.toBe(first);
    expect(region.textContent).toMatch(/new alerts?: /);
  });
});
