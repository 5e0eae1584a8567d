import { useMemo } from 'react';
import { formatClock, ROLES } from '../../engine';
import { GameStoreProvider, useGameStore, type GameStore } from '../../store';
import { SEAT_TITLES, type RoomSummary } from '../../store/gameDayPort';
import { formatCount, ROLE_TITLES, nameFor } from '../labels';
import { timeOfDay } from '../panels/ClockPanel';
import { keyEvents, TAG_TITLES } from './events';
import { namesOf } from './SeatView';
import { useFocusOnMount } from './useFocusOnMount';

/** Messages and moments on the wall: enough to follow from the back of the room. */
const SHOWN_MESSAGES = 8;
const SHOWN_EVENTS = 8;

function severityWords(level: number | null): string {
  return level === null ? 'No severity declared' : `SEV${level}`;
}

function Overview({ room }: { room: RoomSummary }) {
  const game = useGameStore((s) => s.game);
  const paused = useGameStore((s) => s.paused);
  const speed = useGameStore((s) => s.speed);
  const cast = useMemo(() => ({ ...game, seats: namesOf(room, null) }), [game, room]);
  const impact = Math.round(game.impact * 100);
  const level = game.severity.level;
  const levelLabel = level === null ? null : game.doctrine.severity.levels.find((l) => l.level === level)?.label;
  const messages = game.messages.filter((m) => m.place === 'main').slice(-SHOWN_MESSAGES);
  const events = useMemo(() => keyEvents(game, cast).slice(-SHOWN_EVENTS), [game, cast]);
  return (
    <div className="gd-projector__grid">
      <section className="gd-tile gd-tile--clock" aria-labelledby="gd-p-clock">
        <h2 id="gd-p-clock" className="gd-tile__title">
          Game time
        </h2>
        <p className="gd-big" data-testid="projector-time">
          {formatClock(game.time)}
        </p>
        <p className="gd-tile__sub">
          Local {timeOfDay(game.scenario.briefing.timeOfDay, game.time)} · {game.phase === 'ended' ? 'Game over' : paused ? 'Paused' : `Running at ${speed}x`}
        </p>
      </section>
      <section className="gd-tile gd-tile--impact" aria-labelledby="gd-p-impact">
        <h2 id="gd-p-impact" className="gd-tile__title">
          Customer impact
        </h2>
        <p className="gd-big">{impact}%</p>
        <div className="impact__meter gd-meter" role="meter" aria-labelledby="gd-p-impact" aria-valuemin={0} aria-valuemax={100} aria-valuenow={impact} aria-valuetext={`${impact}% of users affected`}>
          <div className="impact__fill" style={{ width: `${Math.min(100, impact)}%` }} />
        </div>
        <p className="gd-tile__sub">{formatCount(game.userMinutesLost)} user-minutes lost</p>
      </section>
      <section className="gd-tile gd-tile--sev" aria-labelledby="gd-p-sev">
        <h2 id="gd-p-sev" className="gd-tile__title">
          Severity
        </h2>
        {/* The level is written out; the colour only repeats it. */}
        <p className={`gd-big gd-sev${level === null ? ' gd-sev--none' : ` gd-sev--${level}`}`}>{severityWords(level)}</p>
        <p className="gd-tile__sub">{levelLabel ?? 'Waiting for the IC to declare one'}</p>
      </section>
      <section className="gd-tile gd-tile--roles" aria-labelledby="gd-p-roles">
        <h2 id="gd-p-roles" className="gd-tile__title">
          Command
        </h2>
        <dl className="gd-roles">
          <div className="gd-roles__ic">
            <dt>Incident commander</dt>
            <dd>{game.command.ic === null ? 'Nobody yet' : nameFor(cast, game.command.ic)}</dd>
          </div>
          {ROLES.map((role) => (
            <div key={role}>
              <dt>{ROLE_TITLES[role]}</dt>
              <dd>{game.command.roles[role] ? nameFor(cast, game.command.roles[role]) : <span className="muted">unassigned</span>}</dd>
            </div>
          ))}
        </dl>
        <h3 className="gd-tile__title gd-tile__title--sub">Seats</h3>
        <ul className="gd-seatline">
          {room.seats.map((s) => (
            <li key={s.seat}>
              <span className="gd-seatline__seat">{SEAT_TITLES[s.seat]}</span> {s.bot ? <span className="muted">bot</span> : s.name}
            </li>
          ))}
        </ul>
      </section>
      <section className="gd-tile gd-tile--channel" aria-labelledby="gd-p-channel">
        <h2 id="gd-p-channel" className="gd-tile__title">
          Main channel
        </h2>
        {messages.length === 0 ? (
          <p className="panel__empty">No messages yet.</p>
        ) : (
          <ol className="gd-feed">
            {messages.map((m) => (
              <li key={m.id}>
                <time className="gd-feed__time">{formatClock(m.at)}</time>
                <span className="gd-feed__who">{nameFor(cast, m.from)}</span>
                <span className="gd-feed__text">{m.text}</span>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section className="gd-tile gd-tile--events" aria-labelledby="gd-p-events">
        <h2 id="gd-p-events" className="gd-tile__title">
          Key events
        </h2>
        {events.length === 0 ? (
          <p className="panel__empty">Nothing decisive yet.</p>
        ) : (
          <ol className="gd-feed">
            {events.map((e, i) => (
              <li key={`${e.at}-${i}`}>
                <time className="gd-feed__time">{formatClock(e.at)}</time>
                <span className={`gd-tag gd-tag--${e.tag}`}>{TAG_TITLES[e.tag]}</span>
                <span className="gd-feed__text">{e.text}</span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

/** The read-only overview for a wall screen: clock, impact, severity, command, the channel, key moments. */
export function ProjectorView({ store, room }: { store: GameStore; room: RoomSummary }) {
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  return (
    <GameStoreProvider store={store}>
      <div className="screen gd-projector">
        <header className="gd-projector__header">
          <div>
            <p className="eyebrow">
              <span className="pager-dot" aria-hidden="true" />
              Game day {room.code} · spectator view
            </p>
            <h1 ref={headingRef} tabIndex={-1}>
              {room.scenarioTitle}
            </h1>
          </div>
        </header>
        <Overview room={room} />
      </div>
    </GameStoreProvider>
  );
}

export { Overview as ProjectorOverview };
