import { useEffect, useRef, useState } from 'react';
import { isSeat, SEAT_TITLES } from '../../store/gameDayPort';
import { navigate } from '../route';
import { FacilitatorConsole } from './console/FacilitatorConsole';
import { GameDayDebrief } from './GameDayDebrief';
import { forgetIdentity, savedIdentity } from './identity';
import { ProjectorView } from './ProjectorView';
import { SeatBoard } from './SeatBoard';
import { SeatView } from './SeatView';
import { useGameDay, useRoom } from './useGameDay';
import { useFocusOnMount } from './useFocusOnMount';
import type { Identity, RoomSummary } from '../../store/gameDayPort';

type Rejoin = { status: 'idle' } | { status: 'failed'; message: string };

/** Back into the room after a reload: the kept token rejoins the same seat (or the console). */
function useRejoin(code: string): Rejoin {
  const { port } = useGameDay();
  const identity = useRoom((s) => s.identity);
  const [state, setState] = useState<Rejoin>({ status: 'idle' });
  const tried = useRef(false);
  useEffect(() => {
    if (identity?.code === code || tried.current) return;
    const saved = savedIdentity(code);
    if (!saved) {
      navigate({ name: 'gameday-join', code }, { replace: true });
      return;
    }
    tried.current = true;
    port.rejoin(code, saved.token).then(
      () => undefined,
      (error: unknown) => {
        forgetIdentity();
        setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
      },
    );
  }, [code, identity, port]);
  return state;
}

/** The room as this tab sees it: the facilitator's console, a seat's war room, or the spectator view. */
export function RoomScreen({ code }: { code: string }) {
  const rejoin = useRejoin(code);
  const identity = useRoom((s) => s.identity);
  const room = useRoom((s) => s.room);
  const store = useRoom((s) => s.game);
  const debrief = useRoom((s) => s.debrief);
  // The debrief may arrive a moment before the room's summary says it has ended.
  const ended = useRoom((s) => s.room?.phase === 'ended' || s.debrief !== null);

  if (rejoin.status === 'failed') {
    return (
      <div className="screen message-screen">
        <h1>Could not get back into room {code}</h1>
        <p>{rejoin.message}</p>
        <p>
          <a className="button button--primary" href={`#/gameday/join?code=${code}`}>
            Join again
          </a>{' '}
          <a className="button" href="#/">
            Back to all drills
          </a>
        </p>
      </div>
    );
  }
  if (!identity || identity.code !== code || !room) {
    return (
      <div className="screen loading">
        <p role="status">{savedIdentity(code) ? `Rejoining room ${code}…` : `Opening room ${code}…`}</p>
      </div>
    );
  }
  if (ended && store) return <GameDayDebrief store={store} room={room} debrief={debrief} />;
  if (identity.role === 'facilitator') return <FacilitatorConsole room={room} identity={identity} store={store} />;
  if (room.phase === 'lobby' || !store) return <WaitingRoom room={room} identity={identity} />;
  if (isSeat(identity.role)) return <SeatView store={store} room={room} seat={identity.role} name={identity.name} />;
  return <ProjectorView store={store} room={room} />;
}

/** Before the start: a seat sees who sits where; the wall screen also shows how to join. */
function WaitingRoom({ room, identity }: { room: RoomSummary; identity: Identity }) {
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const seat = isSeat(identity.role) ? identity.role : null;
  return (
    <div className="screen gd-waiting">
      <header className="gd-console__header">
        <p className="eyebrow">
          <span className="pager-dot" aria-hidden="true" />
          Game day {room.code} · {seat ? `${SEAT_TITLES[seat]} · ${identity.name}` : 'spectator'}
        </p>
        <h1 ref={headingRef} tabIndex={-1}>
          {room.scenarioTitle}
        </h1>
        <p className="lede" role="status">
          {seat ? 'You are in. The drill starts when the facilitator starts the clock.' : 'Waiting for the facilitator to start the clock. Others can still join:'}
        </p>
      </header>
      {/* On the wall screen before the start: how the room joins. */}
      {!seat && (
        <section className="panel gd-lobby gd-lobby--wall" aria-label="How to join">
          <p className="gd-joincode" aria-label={`Join code ${room.code.split('').join(' ')}`}>
            {room.code.slice(0, 3)} {room.code.slice(3)}
          </p>
          <p className="gd-lobby__how">
            Open <strong>{`${window.location.origin}${window.location.pathname}`}</strong>, choose “Join a game day” and type the code.
          </p>
        </section>
      )}
      <SeatBoard room={room} me={seat} />
    </div>
  );
}
