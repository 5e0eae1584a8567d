import { lazy, Suspense, useMemo, useState } from 'react';
import { GameStoreProvider, useGameStore, type GameStore } from '../../store';
import { SEAT_TITLES, type RoomSummary, type Seat } from '../../store/gameDayPort';
import { MotionProvider } from '../motion';
import { ActionPalette } from '../panels/ActionPalette';
import { WarRoomPanels } from '../panels/WarRoomPanels';
import { PlayerNamesProvider, type PlayerNames } from '../playerNames';
import { clockOf, hintsFor } from './events';

const HintLine = lazy(() => import('./ShadowHintLine').then((module) => ({ default: module.HintLine })));

/** The room's names for the panels: this seat is "You", the others their player's name or "Bot", titled by seat. */
export function namesOf(room: RoomSummary, me: Seat | null): PlayerNames {
  const names: Record<string, string> = {};
  const titles: Record<string, string> = {};
  for (const s of room.seats) {
    names[s.seat] = s.bot ? 'Bot' : (s.name ?? 'Player');
    titles[s.seat] = SEAT_TITLES[s.seat];
  }
  return { me, names, titles };
}

/** The latest hint the facilitator sent to this seat; dismissing it hides it until the next one. */
function FacilitatorHint({ seat }: { seat: Seat }) {
  const game = useGameStore((s) => s.game);
  const hints = useMemo(() => hintsFor(game, seat), [game, seat]);
  const [dismissed, setDismissed] = useState(0);
  const latest = hints.length > dismissed ? hints[hints.length - 1] : undefined;
  return (
    <div role="status" aria-live="polite">
      {latest && (
        <p className="gd-hint">
          <span className="gd-hint__label">Facilitator hint · {clockOf(latest.at)}</span>
          <span className="gd-hint__text">{latest.text}</span>
          <button type="button" className="button button--quiet button--small" onClick={() => setDismissed(hints.length)}>
            Got it
          </button>
        </p>
      )}
    </div>
  );
}

function ShadowHint() {
  const mode = useGameStore((s) => s.game.mode);
  if (mode !== 'shadow') return null;
  return (
    <Suspense fallback={null}>
      <HintLine />
    </Suspense>
  );
}

function SeatHeader({ room, seat, name }: { room: RoomSummary; seat: Seat; name: string }) {
  const title = useGameStore((s) => s.game.scenario.title);
  const level = useGameStore((s) => s.game.severity.level);
  const others = room.seats.filter((s) => s.seat !== seat);
  return (
    <header className="warroom__header gd-seat-header">
      <div className="warroom__title">
        <p className="eyebrow">
          <span className="pager-dot" aria-hidden="true" />
          Game day {room.code} · {SEAT_TITLES[seat]} · {name}
        </p>
        <h1>{title}</h1>
        <ul className="gd-others" aria-label="Other seats">
          {others.map((s) => (
            <li key={s.seat} className={s.bot ? 'gd-others__bot' : undefined}>
              <span className="gd-others__seat">{SEAT_TITLES[s.seat]}</span> {s.bot ? 'bot' : s.name}
              {!s.bot && !s.connected && <span className="gd-others__away"> (dropped)</span>}
            </li>
          ))}
        </ul>
      </div>
      <p className={`sev-badge${level === null ? ' sev-badge--none' : ` sev-badge--${level}`}`}>{level === null ? 'No severity' : `SEV${level}`}</p>
      <ActionPalette />
    </header>
  );
}

/** The war room as one seat: the solo panels, fed by the room's lockstep game and acting as this seat. */
export function SeatView({ store, room, seat, name }: { store: GameStore; room: RoomSummary; seat: Seat; name: string }) {
  const names = useMemo(() => namesOf(room, seat), [room, seat]);
  return (
    <GameStoreProvider store={store}>
      <PlayerNamesProvider value={names}>
        <MotionProvider>
          <div className="screen warroom gd-warroom">
            <SeatHeader room={room} seat={seat} name={name} />
            <ShadowHint />
            <FacilitatorHint seat={seat} />
            <WarRoomPanels clockControls={false} />
          </div>
        </MotionProvider>
      </PlayerNamesProvider>
    </GameStoreProvider>
  );
}
