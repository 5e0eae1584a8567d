import { GameStoreProvider, type GameStore } from '../../../store';
import type { Identity, RoomSummary } from '../../../store/gameDayPort';
import { ProjectorOverview } from '../ProjectorView';
import { SeatBoard } from '../SeatBoard';
import { ControlsPanel } from './ControlsPanel';
import { FallbackPanel } from './FallbackPanel';
import { HintPanel } from './HintPanel';
import { InjectPanel } from './InjectPanel';
import { LobbyPanel } from './LobbyPanel';
import { useFocusOnMount } from '../useFocusOnMount';

/** The facilitator's screen: the code and seats before the start, then the game and the steering tools. */
export function FacilitatorConsole({ room, identity, store }: { room: RoomSummary; identity: Identity; store: GameStore | null }) {
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  return (
    <div className="screen gd-console">
      <header className="gd-console__header">
        <p className="eyebrow">
          <span className="pager-dot" aria-hidden="true" />
          Game day {room.code} · facilitator console · {room.mode} · seed {room.seed}
        </p>
        <h1 ref={headingRef} tabIndex={-1}>
          {room.scenarioTitle}
        </h1>
      </header>
      {room.phase === 'lobby' || !store ? (
        <div className="gd-console__lobby">
          <LobbyPanel room={room} identity={identity} />
          <div className="gd-console__stack">
            <SeatBoard room={room} title="Seats filling up" />
            <ControlsPanel room={room} />
          </div>
        </div>
      ) : (
        <GameStoreProvider store={store}>
          <div className="gd-console__grid">
            <div className="gd-console__stack">
              <ControlsPanel room={room} />
              <InjectPanel />
              <FallbackPanel />
              <HintPanel room={room} />
            </div>
            <div className="gd-console__stack">
              <ProjectorOverview room={room} />
              <SeatBoard room={room} />
              {/* Late joiners and a second device still need the code and the links. */}
              <details className="gd-share">
                <summary>
                  Join code {room.code} and links
                </summary>
                <LobbyPanel room={room} identity={identity} />
              </details>
            </div>
          </div>
        </GameStoreProvider>
      )}
    </div>
  );
}
