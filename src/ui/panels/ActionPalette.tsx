import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import { memo, startTransition, useCallback, useDeferredValue, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { useGameStore } from '../../store';
import { paletteEntriesFor, paletteSource, type PaletteEntry } from '../labels';
import { usePlayerNames } from '../playerNames';

/** Each option's height in pixels, fixed in the stylesheet (.palette__option): nothing to measure. */
const OPTION_HEIGHT = 48;

// What the filter searches, per option, built once: a storm's palette holds hundreds of options and the
// filter runs on every key press.
const haystacks = new WeakMap<PaletteEntry, string>();

export function matches(entry: PaletteEntry, query: string): boolean {
  let haystack = haystacks.get(entry);
  if (haystack === undefined) {
    haystack = `${entry.label} ${entry.group}`.toLowerCase();
    haystacks.set(entry, haystack);
  }
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

/** The command palette: every action the engine offers right now, with readable labels. */
export function ActionPalette() {
  // Its own state, not the store's: opening the palette re-renders the palette and nothing else.
  const [open, setOpen] = useState(false);
  const openerRef = useRef<HTMLElement | null>(null);
  const backdropRef = useRef<HTMLDivElement>(null);
  // Whether the palette shows, ahead of `open` while React's render of an opening is pending.
  const shownRef = useRef(false);

  // Opening shows the palette at once: the key press sets the backdrop's class and attributes and moves
  // the focus, and React's render of the open palette (the very same attributes) follows in a transition.
  // That render (the palette's body, its effects, React's focus events) was most of the key's work.
  const show = useCallback((opener: HTMLElement | null) => {
    openerRef.current = opener;
    shownRef.current = true;
    const backdrop = backdropRef.current;
    if (backdrop) {
      setShown(backdrop, true);
      const input = backdrop.querySelector<HTMLInputElement>('.palette__input');
      input?.focus();
      input?.select();
    }
    startTransition(() => setOpen(true));
  }, []);

  const close = useCallback(() => {
    shownRef.current = false;
    // Hidden here too: React's render of closing may find nothing to change (an opening not rendered yet).
    if (backdropRef.current) setShown(backdropRef.current, false);
    setOpen(false);
    // The closed palette stays in the page: focus must not stay in it, even with no opener to return to.
    const inside = document.activeElement?.closest('.palette-backdrop');
    if (inside && document.activeElement instanceof HTMLElement) document.activeElement.blur();
    const opener = openerRef.current;
    if (opener?.isConnected) opener.focus();
  }, [setOpen]);

  // Ctrl+K / Cmd+K toggles the palette from anywhere in the war room.
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        if (shownRef.current) close();
        else show(document.activeElement instanceof HTMLElement ? document.activeElement : null);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [show, close]);

  return (
    <>
      <button
        type="button"
        className="button button--primary palette-opener"
        aria-keyshortcuts="Control+K Meta+K"
        onClick={(event) => show(event.currentTarget)}
      >
        Actions <kbd>Ctrl K</kbd>
      </button>
      {/* Always in the page (transparent and inert while closed), in a portal outside the war room's grid:
          opening the palette in a storm shows a dialog that is already laid out instead of building one. */}
      {createPortal(<PaletteDialog open={open} onClose={close} backdropRef={backdropRef} />, document.body)}
    </>
  );
}

const CLOSED = 'palette-backdrop--closed';

/** The open or closed palette's class and attributes, as PaletteBody renders them. */
function setShown(backdrop: HTMLElement, shown: boolean) {
  backdrop.classList.toggle(CLOSED, !shown);
  backdrop.setAttribute('aria-hidden', String(!shown));
  if (shown) backdrop.removeAttribute('inert');
  else backdrop.setAttribute('inert', '');
}

function PaletteDialog({ open, onClose, backdropRef }: { open: boolean; onClose: () => void; backdropRef: RefObject<HTMLDivElement | null> }) {
  // The options are built in a deferred render (in the background, in slices), never in the click or
  // key press that changed the game, and kept current while the palette is closed, so opening it only
  // shows a list that is already there. The clock moving alone re-renders nothing (paletteSource).
  const seats = usePlayerNames();
  const game = useDeferredValue(useGameStore((s) => paletteSource(s.game)));
  // Built once per source game (paletteSource keeps it while only the clock moves).
  const entries = useMemo(() => paletteEntriesFor(game, seats), [game, seats]);
  // The body is memoised: a change of the game re-renders it once, in that deferred render, and the
  // urgent render of the same change (the one the player's click waits for) stops here.
  return <PaletteBody open={open} onClose={onClose} entries={entries} backdropRef={backdropRef} />;
}

const PaletteBody = memo(function PaletteBody({ open, onClose, entries, backdropRef }: { open: boolean; onClose: () => void; entries: PaletteEntry[]; backdropRef: RefObject<HTMLDivElement | null> }) {
  const dispatch = useGameStore((s) => s.dispatch);
  const notify = useGameStore((s) => s.notify);
  const [query, setQuery] = useState('');
  // The filter box shows each key press at once; the list follows in a deferred render, so typing in a
  // storm never waits for hundreds of options to be filtered and laid out.
  const listQuery = useDeferredValue(query);
  const [active, setActive] = useState(0);
  const [confirming, setConfirming] = useState<PaletteEntry | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const id = useId();
  const shown = useMemo(() => entries.filter((e) => matches(e, listQuery)), [entries, listQuery]);
  const activeIndex = Math.min(active, Math.max(0, shown.length - 1));
  const activeEntry = shown[activeIndex];

  // A question left pending is dropped on closing. The filter is kept and selected on opening (as a
  // browser's find bar does): typing replaces it, Enter runs the same action again, and neither closing
  // nor opening re-renders the list.
  useEffect(() => {
    // Dropped after closing, not while opening: opening renders the palette once.
    if (!open) {
      setConfirming(null);
      return;
    }
    if (!confirming) {
      // Opened by the key press, the box already has the focus (and may hold what was typed since).
      if (document.activeElement !== inputRef.current) {
        inputRef.current?.focus();
        inputRef.current?.select();
      }
    }
    else if (confirming.confirm?.includes('destructive') || confirming.confirm?.includes('untested')) cancelRef.current?.focus();
    else confirmRef.current?.focus();
  }, [open, confirming]);

  // Virtualized: only the options in view are in the page; the active one is always scrolled in, so
  // aria-activedescendant names an element that exists.
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render only
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => OPTION_HEIGHT,
    overscan: 2,
    getItemKey: (index) => shown[index]?.key ?? index,
    initialRect: { width: 560, height: 400 },
    // The active option is always rendered, even before the list has scrolled to it.
    rangeExtractor: (range) => {
      const indexes = defaultRangeExtractor(range);
      if (activeIndex < range.count && !indexes.includes(activeIndex)) indexes.push(activeIndex);
      return indexes.sort((a, b) => a - b);
    },
  });
  // Scrolls only when the active option is out of view, judged from the virtualizer's own record of the
  // scroll position and size (reading them from the page would cost a layout on every keystroke).
  useEffect(() => {
    if (!open || shown.length === 0) return;
    const top = activeIndex * OPTION_HEIGHT;
    const scrolled = virtualizer.scrollOffset ?? 0;
    const height = virtualizer.scrollRect?.height ?? 0;
    if (top < scrolled || top + OPTION_HEIGHT > scrolled + height) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [open, activeIndex, shown.length, virtualizer]);

  const run = (entry: PaletteEntry) => {
    const rejection = dispatch(entry.action);
    if (rejection === null) {
      notify(`Done: ${entry.label}`);
      onClose();
    } else setConfirming(null);
  };

  const runRef = useRef(run);
  useEffect(() => {
    runRef.current = run;
  });
  // Stable, so the memoised options do not re-render when the palette opens or the query changes.
  const choose = useCallback((entry: PaletteEntry | undefined) => {
    if (!entry) return;
    if (entry.confirm) setConfirming(entry);
    else runRef.current(entry);
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      if (confirming) setConfirming(null);
      else onClose();
      return;
    }
    if (event.key === 'Tab') {
      // Keep focus inside the dialog.
      const focusables = [...event.currentTarget.querySelectorAll<HTMLElement>('input, button:not([disabled]), [tabindex="0"]')];
      const first = focusables[0];
      const last = focusables[focusables.length - 1];
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last?.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first?.focus();
      }
    }
  };

  const onInputKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + shown.length) % Math.max(1, shown.length));
    } else if (event.key === 'Home' && event.ctrlKey) {
      setActive(0);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      // Enter pressed before the list caught up with the last key runs what the box says, not the list.
      choose(listQuery === query ? activeEntry : entries.find((e) => matches(e, query)));
    }
  };

  return (
    <div ref={backdropRef} className={open ? 'palette-backdrop' : `palette-backdrop ${CLOSED}`} aria-hidden={!open} inert={!open} onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className={`palette${confirming ? ' palette--confirm' : ''}`} role="dialog" aria-modal="true" aria-labelledby={`${id}-title`} onKeyDown={onKeyDown}>
        <h2 id={`${id}-title`} className="palette__title">
          {confirming ? 'Are you sure?' : 'Actions'}
        </h2>
        {confirming ? (
          <div className="palette__confirm">
            <p className="palette__warning" role="alert">
              {confirming.confirm}
            </p>
            <p className="palette__chosen">{confirming.label}</p>
            <div className="palette__buttons">
              <button ref={cancelRef} type="button" className="button" onClick={() => setConfirming(null)}>
                Cancel
              </button>
              <button ref={confirmRef} type="button" className="button button--danger" onClick={() => run(confirming)}>
                {confirming.action.type === 'incident/resolved' ? 'Resolve and end the drill' : 'Yes, do it'}
              </button>
            </div>
          </div>
        ) : (
          <>
            <label htmlFor={`${id}-input`} className="visually-hidden">
              Filter actions
            </label>
            <input
              ref={inputRef}
              id={`${id}-input`}
              className="palette__input"
              role="combobox"
              aria-expanded="true"
              aria-controls={`${id}-list`}
              aria-autocomplete="list"
              aria-activedescendant={activeEntry ? `${id}-opt-${activeIndex}` : undefined}
              placeholder="Type to filter: page, delegate, roll back, sev…"
              value={query}
              autoComplete="off"
              onChange={(e) => {
                setQuery(e.target.value);
                setActive(0);
              }}
              onKeyDown={onInputKey}
            />
            <p className="visually-hidden" aria-live="polite">
              {shown.length} {shown.length === 1 ? 'action' : 'actions'} available
            </p>
            {shown.length === 0 ? (
              <p className="panel__empty">No action matches “{listQuery}”.</p>
            ) : (
              <div ref={scrollRef} className="palette__scroll" tabIndex={0} aria-label="Actions, scrollable">
                <ul id={`${id}-list`} className="palette__list" role="listbox" aria-label="Available actions" style={{ height: virtualizer.getTotalSize() }}>
                  {virtualizer.getVirtualItems().map((item) => (
                    <PaletteOption
                      key={item.key}
                      id={`${id}-opt-${item.index}`}
                      index={item.index}
                      count={shown.length}
                      start={item.start}
                      entry={shown[item.index]!}
                      selected={item.index === activeIndex}
                      onPoint={setActive}
                      onChoose={choose}
                    />
                  ))}
                </ul>
              </div>
            )}
            <p className="palette__hint">
              <kbd>↑</kbd> <kbd>↓</kbd> to choose, <kbd>Enter</kbd> to run, <kbd>Esc</kbd> to close
            </p>
          </>
        )}
      </div>
    </div>
  );
});

interface PaletteOptionProps {
  id: string;
  index: number;
  count: number;
  start: number;
  entry: PaletteEntry;
  selected: boolean;
  onPoint: (index: number) => void;
  onChoose: (entry: PaletteEntry) => void;
}

// Memoised: opening the palette or moving the selection re-renders the options that changed only.
const PaletteOption = memo(function PaletteOption({ id, index, count, start, entry, selected, onPoint, onChoose }: PaletteOptionProps) {
  return (
    <li
      id={id}
      data-index={index}
      role="option"
      aria-selected={selected}
      aria-setsize={count}
      aria-posinset={index + 1}
      className="palette__option"
      style={{ transform: `translateY(${start}px)` }}
      onMouseMove={() => !selected && onPoint(index)}
      onClick={() => onChoose(entry)}
    >
      <span className="palette__group">{entry.group}</span>
      <span className="palette__label">{entry.label}</span>
      {entry.confirm && <span className="palette__flag">asks first</span>}
    </li>
  );
});
