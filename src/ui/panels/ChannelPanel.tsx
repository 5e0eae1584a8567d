import { memo, useCallback, useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { formatClock, MESSAGE_KINDS, type Message, type MessageKind, type Place } from '../../engine';
import { unreadCounts, useGameStore, useGameStoreApi, useGameStoreShallow } from '../../store';
import { useCoachNotes, type CoachNote } from '../coachRegistry';
import { interpretComposer, SLASH_HELP } from '../commands';
import { isMine, KIND_TITLES, nameFor, PLACE_TITLES, titleFor, type Cast } from '../labels';
import { usePlayerNames } from '../playerNames';

const PLACES: Place[] = ['main', 'thread', 'stakeholders'];
/** Messages drawn per channel; older ones stay in the debrief timeline. */
const SHOWN = 150;

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
  const messages = useMemo(() => allMessages.filter((m) => m.place === tab).slice(-SHOWN), [allMessages, tab]);
  // The coach's prompts show in the main channel, among the messages of their moment, marked as the coach's.
  const coachNotes = useCoachNotes(store);
  const notesAfter = useMemo(() => coachNotesByMessage(tab === 'main' ? coachNotes : [], messages), [coachNotes, messages, tab]);
  // No scrolling code: the log is laid out from its bottom (CSS column-reverse), so it opens on the
  // newest message and stays there as messages arrive, without reading the layout on every message.

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
        <div className="channel__log" role="log" aria-label={`${PLACE_TITLES[tab]} messages`} tabIndex={0}>
          {messages.length === 0 && notesAfter.size === 0 ? (
            <p className="panel__empty">{tab === 'thread' ? 'No side-thread messages. Take speculation and debugging here.' : 'No messages yet.'}</p>
          ) : (
            <MessageList messages={messages} cast={cast} notesAfter={notesAfter} />
          )}
        </div>
      </div>
      <Composer tab={tab} onSwitchTab={switchTab} exampleHandle={exampleHandle} />
    </section>
  );
}


// Memoised: typing in the composer or a clock tick re-renders no message, and a new message renders
// only itself.
const MessageList = memo(function MessageList({ messages, cast, notesAfter }: { messages: readonly Message[]; cast: Cast; notesAfter: ReadonlyMap<number | null, CoachNote[]> }) {
  return (
    <ol className="messages">
      {notesAfter.get(null)?.map((n) => <CoachMessage key={`coach-${n.id}`} note={n} />)}
      {messages.map((m) => [<MessageItem key={m.id} m={m} cast={cast} />, ...(notesAfter.get(m.id) ?? []).map((n) => <CoachMessage key={`coach-${n.id}`} note={n} />)])}
    </ol>
  );
});

const MessageItem = memo(function MessageItem({ m, cast }: { m: Message; cast: Cast }) {
  return (
    <li className={`message message--${m.kind}${isMine(cast, m.from) ? ' message--mine' : ''}`}>
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
    </li>
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
    const result = interpretComposer(store.getState().game, draft, tab, kind);
    if (result.kind === 'none') return;
    if (result.kind === 'error') {
      setError(result.message);
      return;
    }
    if (result.kind === 'tab') {
      switchTab(result.tab);
      setError(null);
      setDraft('');
      setRecall(null);
      return;
    }
    const rejection = dispatch(result.action);
    if (rejection) setError(rejection);
    else {
      setError(null);
      setSent((previous) => [...previous.slice(-49), draft.trim()]);
      setRecall(null);
      setDraft('');
      if (result.action.type === 'message/posted' && result.action.place !== tab) switchTab(result.action.place);
    }
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

function CoachMessage({ note }: { note: CoachNote }) {
  return (
    <li className="message message--coach">
      <div className="message__meta">
        <span className="message__name">Coach</span>
        <span className="message__title">not part of the incident · only you see this</span>
        <time className="message__time">{formatClock(note.at)}</time>
      </div>
      <p className="message__text">{note.text}</p>
    </li>
  );
}
