// The game-day screens behind one connection: create a room, join one, be in one. Each shows the
// connection banner and the server's errors (never blocking); the screen itself comes from the route.
import { useEffect, type ReactNode } from 'react';
import { MessageScreen } from '../MessageScreen';
import { navigate, type Route } from '../route';
import type { ScenarioLibrary } from '../scenarios';
import { ConnectionBanner } from './ConnectionBanner';
import { CreateRoomScreen } from './CreateRoomScreen';
import { JoinScreen } from './JoinScreen';
import { RoomScreen } from './RoomScreen';
import { ServerErrors } from './ServerErrors';
import { GameDayContext, useGameDayConnection } from './useGameDay';
import { saveIdentity } from './identity';

/** A facilitator link opened in a running tab: keep the token, then show the console at the room's address. */
function FacilitatorLink({ code, token }: { code: string; token: string }) {
  useEffect(() => {
    saveIdentity({ code, role: 'facilitator', name: 'Facilitator', token });
    navigate({ name: 'gameday-room', code }, { replace: true });
  }, [code, token]);
  return (
    <div className="screen loading">
      <p role="status">Opening the facilitator console…</p>
    </div>
  );
}

type GameDayRoute = Extract<Route, { name: 'gameday-new' | 'gameday-join' | 'gameday-room' | 'gameday-host' }>;

function Frame({ children }: { children: ReactNode }) {
  return (
    <main className="gd-main" id="main">
      <div className="gd-bar">
        <ConnectionBanner />
        <ServerErrors />
      </div>
      {children}
    </main>
  );
}

export default function GameDayScreens({ route, library }: { route: GameDayRoute; library: ScenarioLibrary }) {
  const load = useGameDayConnection();
  if (load.status === 'loading') {
    return (
      <main className="screen loading" id="main">
        <p role="status">Connecting to the game-day server…</p>
      </main>
    );
  }
  if (load.status === 'failed') {
    return (
      <MessageScreen title="No game-day server here">
        <p>
          Game days need the Firedrill server: start it with <code>npm run server</code> and open the address it prints. Solo drills work without it.
        </p>
        <p className="muted">{load.message}</p>
      </MessageScreen>
    );
  }
  return (
    <GameDayContext.Provider value={load.gameDay}>
      <Frame>
        {route.name === 'gameday-new' && <CreateRoomScreen library={library} />}
        {route.name === 'gameday-join' && <JoinScreen key={route.code ?? ''} {...(route.code ? { code: route.code } : {})} />}
        {route.name === 'gameday-room' && <RoomScreen key={route.code} code={route.code} />}
        {route.name === 'gameday-host' && <FacilitatorLink code={route.code} token={route.token} />}
      </Frame>
    </GameDayContext.Provider>
  );
}
