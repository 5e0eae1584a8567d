import { measureElement as measureFromObserver, observeElementOffset, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useId, useLayoutEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { formatClock, MESSAGE_KINDS, type Message, type MessageKind, type Place } from '../../engine';
import { afterNextPaint, unreadCounts, useGameStore, useGameStoreApi, useGameStoreShallow } from '../../store';
import { useCoachNotes, type CoachNote } from '../coachRegistry';
import { interpretComposer, SLASH_HELP } from '../commands';
import { isMine, KIND_TITLES, nameFor, PLACE_TITLES, titleFor, type Cast } from '../labels';
import { usePlayerNames } from '../playerNames';

const PLACES: Place[] = ['main', 'thread', 'stakeholders'];
/** A message's usual height in pixels, before it is measured (one line of meta, one or two of text). */
const ROW_ESTIMATE = 76;
/** Within this many pixels of the newest message, the log counts as following the conversation. */
const FOLLOW_THRESHOLD = 48;

const DEFAULT_KIND: Record<Place, MessageKind> = { main: 'status', thread: 'hypothesis', stakeholders: 'status' };

export function ChannelPanel() {
  // Only what the channel shows: it does not re-render when the clock or the metrics move.
  const seats = usePlayerNames();
  const castOfGame = useGameStoreShallow((s) => ({ players: s.game.players, scenario: s.game.scenario, command: s.game.command }));
  const cast = useMemo(() => ({ ...castOfGame, seats }), [castOfGame, seats]);
  const allMessages = useGameStore((s) => s.game.messages);
  const store = useGameStoreApi();
  const tab = useGameStore((s) => s.tab);
  const setTab = useGameStore((s) => s.setTab);
  const unread = useGameStoreShallow((s) => unreadCounts(s));
  const tabRefs = useRef<Record<Place, HTMLButtonElement | null>>({ main: null, thread: null, stakeholders: null });
  const baseId = useId();
  const messages = useMemo(() => allMessages.filter((m) => m.place === tab), [allMessages, tab]);
  // The coach's prompts show in the main channel, among the messages of their moment, marked as the coach's.
  const coachNotes = useCoachNotes(store);
  const rows = useMemo(() => logRows(messages, coachNotesByMessage(tab === 'main' ? coachNotes : [], messages)), [coachNotes, messages, tab]);

  const switchTab = useCallback(
    (place: Place, focus = false) => {
      setTab(place);
      if (focus) tabRefs.current[place]?.focus();
    },
    [setTab],
  );

  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = PLACES.indexOf(tab);
    const move = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (move !== 0) {
      event.preventDefault();
      switchTab(PLACES[(index + move + PLACES.length) % PLACES.length]!, true);
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      switchTab(event.key === 'Home' ? PLACES[0]! : PLACES[PLACES.length - 1]!, true);
    }
  };

  const exampleHandle = cast.scenario.people.find((p) => !p.present && p.role === 'responder')?.handle ?? 'handle';
  return (
    <section className="panel channel" aria-labelledby="channel-title">
      <header className="panel__header">
        <h2 id="channel-title">Incident channel</h2>
        <span className="panel__meta">#inc-{cast.scenario.id}</span>
      </header>
      <div className="tabs" role="tablist" aria-label="Channel">
        {PLACES.map((place) => (
          <button
            key={place}
            ref={(el) => {
              tabRefs.current[place] = el;
            }}
            type="button"
            role="tab"
            id={`${baseId}-tab-${place}`}
            aria-selected={tab === place}
            aria-controls={`${baseId}-panel`}
            tabIndex={tab === place ? 0 : -1}
            className="tab"
            onClick={() => switchTab(place)}
            onKeyDown={onTabKey}
          >
            {PLACE_TITLES[place]}
            {unread[place] > 0 && (
              <>
                {' '}
                <span className="badge">
                  {unread[place]} <span className="visually-hidden">unread</span>
                </span>
              </>
            )}
          </button>
        ))}
      </div>
      <div id={`${baseId}-panel`} role="tabpanel" aria-labelledby={`${baseId}-tab-${tab}`} className="channel__body">
        {rows.length === 0 ? (
          <div className="channel__logwrap">
            <div className="channel__log" role="log" aria-label={`${PLACE_TITLES[tab]} messages`} tabIndex={0}>
              <p className="panel__empty">{tab === 'thread' ? 'No side-thread messages. Take speculation and debugging here.' : 'No messages yet.'}</p>
            </div>
          </div>
        ) : (
          // One log per tab: switching tabs opens the other conversation at its newest message.
          <MessageLog key={tab} rows={rows} cast={cast} label={`${PLACE_TITLES[tab]} messages`} />
        )}
      </div>
      <Composer tab={tab} onSwitchTab={switchTab} exampleHandle={exampleHandle} />
    </section>
  );
}


/** One row of the log: a message, or a coach's prompt shown after the message of its moment. */
type LogRow = { key: string; message: Message; note?: undefined } | { key: string; note: CoachNote; message?: undefined };

function logRows(messages: readonly Message[], notesAfter: ReadonlyMap<number | null, CoachNote[]>): LogRow[] {
  const rows: LogRow[] = (notesAfter.get(null) ?? []).map((note) => ({ key: `coach-${note.id}`, note }));
  for (const message of messages) {
    rows.push({ key: `m-${message.id}`, message });
    for (const note of notesAfter.get(message.id) ?? []) rows.push({ key: `coach-${note.id}`, note });
  }
  return rows;
}

/**
 * The conversation, virtualized: the whole drill's messages can be scrolled back through, and only the
 * ones in view are in the page. It opens on the newest message and follows new ones while the player
 * reads at the bottom; scrolled up, it stays put and offers a way back down.
 * Memoised: typing in the composer or a clock tick re-renders no message.
 */
const MessageLog = memo(function MessageLog({ rows, cast, label }: { rows: readonly LogRow[]; cast: Cast; label: string }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render only
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    getItemKey: (index) => rows[index]?.key ?? index,
    overscan: 6,
    paddingStart: 8,
    paddingEnd: 8,
    initialRect: { width: 480, height: 480 },
    measureElement: measureRow,
    observeElementOffset: observeOffsetAtRest,
  });

  // Following = the player was at the newest message the last time the log scrolled. Judged on scroll
  // only, so content growing under a following reader does not count as the reader leaving.
  const followingRef = useRef(true);
  const [following, setFollowing] = useState(true);
  const onScroll = () => {
    const el = scrollRef.current;
    if (!el) return;
    const atEnd = el.scrollHeight - el.scrollTop - el.clientHeight <= FOLLOW_THRESHOLD;
    followingRef.current = atEnd;
    setFollowing(atEnd);
  };
  // Opening (following starts true) and new rows: down to the newest while the player reads at the
  // bottom; the player's own message brings the log down to it wherever it was (as a chat client does).
  let newest: Message | undefined;
  for (let i = rows.length - 1; i >= 0 && !newest; i--) newest = rows[i]!.message;
  const newestIsMine = newest !== undefined && isMine(cast, newest.from);
  const newestId = newest?.id;
  const seenNewestRef = useRef(newestId);
  // Down to the newest message in one write, no read (the virtualizer's own scroll-to-end re-reads the
  // page's layout for frames after): the log's full height is past its end, and the browser stops there.
  const toNewest = useCallback(() => {
    if (scrollRef.current) scrollRef.current.scrollTop = virtualizer.getTotalSize();
  }, [virtualizer]);
  // The log's height is a dependency too: a new row measured taller than its estimate grows the log
  // after the write above, and a following reader goes down by the difference.
  const totalSize = virtualizer.getTotalSize();
  useLayoutEffect(() => {
    const mineJustSent = newestIsMine && newestId !== seenNewestRef.current;
    seenNewestRef.current = newestId;
    if (followingRef.current || mineJustSent) toNewest();
  }, [rows, newestId, newestIsMine, toNewest, totalSize]);
  // The log's own height changes too (the coach's prompt above the panels grows or goes, the window
  // is resized): a following reader keeps the newest message in view. No scroll event comes of a
  // shorter log, so nothing else would move it.
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    let height: number | null = null;
    const observer = new ResizeObserver(([entry]) => {
      const next = entry?.contentRect.height ?? null;
      if (height !== null && next !== height && followingRef.current) toNewest();
      height = next;
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [toNewest]);

  // Messages that arrived since the player scrolled away from the newest one.
  const [leftAt, setLeftAt] = useState<number | null>(null);
  if (!following && leftAt === null) setLeftAt(rows.length);
  if (following && leftAt !== null) setLeftAt(null);
  const unseen = leftAt === null ? 0 : rows.length - leftAt;

  return (
    <div className="channel__logwrap">
      <div ref={scrollRef} className="channel__log" role="log" aria-label={label} tabIndex={0} onScroll={onScroll}>
        <ol className="messages" style={{ height: totalSize }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            return (
              <li key={item.key} ref={virtualizer.measureElement} data-index={item.index} className="channel__row" aria-setsize={rows.length} aria-posinset={item.index + 1} style={{ transform: `translateY(${item.start}px)` }}>
                {row.message ? <MessageItem m={row.message} cast={cast} /> : <CoachMessage note={row.note} />}
              </li>
            );
          })}
        </ol>
      </div>
      {!following && (
        <button type="button" className="button button--small channel__newest" onClick={toNewest}>
          {unseen > 0 ? `${unseen} new ${unseen === 1 ? 'message' : 'messages'}` : 'Newest messages'}{' '}
          <span aria-hidden="true">↓</span>
        </button>
      )}
    </div>
  );
});

/**
 * A row's height from the ResizeObserver only. A row just put in the page is first placed at its
 * known (or estimated) height; the observer reports its real one in the frame, after the browser's own
 * layout. Measuring at once would lay out and re-render the log inside the key press's task (sending a
 * message was then one long task; now its work is split between the task and the frame).
 */
function measureRow(element: Element, entry: ResizeObserverEntry | undefined, instance: Virtualizer<HTMLDivElement, Element>): number {
  if (entry) return measureFromObserver(element, entry, instance);
  const index = instance.indexFromElement(element);
  return instance.itemSizeCache.get(instance.options.getItemKey(index)) ?? instance.options.estimateSize(index);
}

/**
 * The log's scroll position, always reported as at rest. The virtualizer re-renders the log when its
 * "scrolling" flag flips (once as a scroll starts, once 150 ms after it ends), and nothing in the log
 * looks different while it scrolls: following a new message cost two renders of the log for nothing.
 */
function observeOffsetAtRest(instance: Virtualizer<HTMLDivElement, Element>, report: (offset: number, isScrolling: boolean) => void) {
  return observeElementOffset(instance, (offset) => report(offset, false));
}

const MessageItem = memo(function MessageItem({ m, cast }: { m: Message; cast: Cast }) {
  return (
    <div className={`message message--${m.kind}${isMine(cast, m.from) ? ' message--mine' : ''}`}>
      <div className="message__meta">
        <span className="message__name">{nameFor(cast, m.from)}</span>
        <span className="message__title">{titleFor(cast, m.from)}</span>
        <span className="message__kind">{KIND_TITLES[m.kind]}</span>
        <time className="message__time">{formatClock(m.at)}</time>
      </div>
      <p className="message__text">{m.text}</p>
      {m.fields && (
        <dl className="message__fields">
          {m.fields.impact && (
            <div>
              <dt>Impact</dt>
              <dd>{m.fields.impact}</dd>
            </div>
          )}
          {m.fields.status && (
            <div>
              <dt>Status</dt>
              <dd>{m.fields.status}</dd>
            </div>
          )}
          {m.fields.actions && (
            <div>
              <dt>Actions</dt>
              <dd>{m.fields.actions}</dd>
            </div>
          )}
          {m.fields.next !== undefined && (
            <div>
              <dt>Next update</dt>
              <dd>in {Math.round(m.fields.next / 60)} min</dd>
            </div>
          )}
        </dl>
      )}
    </div>
  );
});

/** The composer keeps its own state: a keystroke re-renders the input, not the channel. */
function Composer({ tab, onSwitchTab, exampleHandle }: { tab: Place; onSwitchTab: (place: Place) => void; exampleHandle: string }) {
  const store = useGameStoreApi();
  const dispatch = useGameStore((s) => s.dispatch);
  const [draft, setDraft] = useState('');
  const [kind, setKind] = useState<MessageKind>(DEFAULT_KIND[tab]);
  // A new tab brings its usual kind of message (adjusted while rendering, not in an effect).
  const [kindTab, setKindTab] = useState(tab);
  if (kindTab !== tab) {
    setKindTab(tab);
    setKind(DEFAULT_KIND[tab]);
  }
  const [error, setError] = useState<string | null>(null);
  // What was sent from this composer, newest last; ArrowUp / ArrowDown walk through it.
  const [sent, setSent] = useState<string[]>([]);
  const [recall, setRecall] = useState<number | null>(null);
  const baseId = useId();
  const switchTab = onSwitchTab;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = draft.trim();
    const result = interpretComposer(store.getState().game, draft, tab, kind);
    if (result.kind === 'none') return;
    if (result.kind === 'error') {
      setError(result.message);
      return;
    }
    setError(null);
    setDraft('');
    setRecall(null);
    if (result.kind === 'tab') {
      switchTab(result.tab);
      return;
    }
    // The box clears in the frame after the key press; the message goes to the engine once that frame
    // is painted, so sending costs the key press no more than typing a letter (the step, the new row's
    // layout and following it would otherwise all come before that paint).
    const action = result.action;
    afterNextPaint(() => {
      const rejection = dispatch(action);
      if (rejection) {
        setError(rejection);
        // Back in the box to mend, unless the player has started another line meanwhile.
        setDraft((current) => (current === '' ? text : current));
        return;
      }
      setSent((previous) => [...previous.slice(-49), text]);
      if (action.type === 'message/posted' && action.place !== tab) switchTab(action.place);
    });
  };

  const onComposerKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    if (sent.length === 0 || (recall === null && (event.key === 'ArrowDown' || draft !== ''))) return;
    event.preventDefault();
    const index = recall === null ? sent.length - 1 : Math.min(sent.length, Math.max(0, recall + (event.key === 'ArrowUp' ? -1 : 1)));
    setRecall(index >= sent.length ? null : index);
    setDraft(index >= sent.length ? '' : sent[index]!);
  };

  const errorId = `${baseId}-error`;
  return (
    <form className="composer" onSubmit={submit} aria-label="Message composer">
      <label className="visually-hidden" htmlFor={`${baseId}-kind`}>
        Message kind
      </label>
      <select id={`${baseId}-kind`} className="composer__kind" value={kind} onChange={(e) => setKind(e.target.value as MessageKind)}>
        {MESSAGE_KINDS.map((k) => (
          <option key={k} value={k}>
            {KIND_TITLES[k]}
          </option>
        ))}
      </select>
      <label className="visually-hidden" htmlFor={`${baseId}-text`}>
        Message to {PLACE_TITLES[tab]}, or a slash command
      </label>
      {/* The box sits in a block of its own so it can be a relayout boundary (see .composer__input). */}
      <div className="composer__field">
        <input
          id={`${baseId}-text`}
          className="composer__input"
          value={draft}
          onChange={(e) => {
            setDraft(e.target.value);
            setRecall(null);
            if (error) setError(null);
          }}
          onKeyDown={onComposerKey}
          placeholder={`Message ${PLACE_TITLES[tab]}, or /ic, /sev 1, /page ${exampleHandle}…`}
          autoComplete="off"
          // Keyboard-first: entering the war room puts the cursor in the channel.
          autoFocus
          spellCheck
          aria-invalid={error !== null}
          aria-describedby={error ? errorId : `${baseId}-help`}
        />
      </div>
      <button type="submit" className="button">
        Send
      </button>
      <p id={`${baseId}-help`} className="composer__help">
        Commands: {SLASH_HELP}. Up arrow recalls what you sent.
      </p>
      {error && (
        <p id={errorId} className="composer__error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

/** Coach notes grouped under the last message posted at or before their moment (null: before all). */
function coachNotesByMessage(notes: readonly CoachNote[], messages: readonly { id: number; at: number }[]): Map<number | null, CoachNote[]> {
  const out = new Map<number | null, CoachNote[]>();
  let i = 0;
  let anchor: number | null = null;
  for (const note of notes) {
    while (i < messages.length && messages[i]!.at <= note.at) anchor = messages[i++]!.id;
    const list = out.get(anchor);
    if (list) list.push(note);
    else out.set(anchor, [note]);
  }
  return out;
}

const CoachMessage = memo(function CoachMessage({ note }: { note: CoachNote }) {
  return (
    <div className="message message--coach">
      <div className="message__meta">
        <span className="message__name">Coach</span>
        <span className="message__title">not part of the incident · only you see this</span>
        <time className="message__time">{formatClock(note.at)}</time>
      </div>
      <p className="message__text">{note.text}</p>
    </div>
  );
});
