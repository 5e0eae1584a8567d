// Picks the screen for a route once the scenario library is loaded.
import { lazy, useEffect } from 'react';
import { formatRoute, routeLevel, type Route } from '../route';
import { useLibrary } from '../scenarios';
import { existingSession, sessionFor } from '../session';
import { BriefingScreen } from './BriefingScreen';
import { PickerScreen } from './PickerScreen';
import { ScenarioProblems } from './ScenarioProblems';
import { MessageScreen } from '../MessageScreen';

// The war room (motion, the virtual list) and the debrief (scoring, the textbook bot for the ghost)
// load when first needed; the picker and the briefing only need the scenario parser.
const WarRoom = lazy(() => import('./WarRoomScreen').then((module) => ({ default: module.WarRoom })));
const DebriefScreen = lazy(() => import('./DebriefScreen').then((module) => ({ default: module.DebriefScreen })));
const HandbookScreen = lazy(() => import('./HandbookScreen').then((module) => ({ default: module.HandbookScreen })));
const ProgressScreen = lazy(() => import('./ProgressScreen').then((module) => ({ default: module.ProgressScreen })));

// Game day (the lobby, the seats, the console) loads only when a game day is opened.
const GameDayScreens = lazy(() => import('../gameday/GameDayScreens'));

const TITLES = {
  picker: 'Firedrill',
  brief: 'Briefing',
  play: 'War room',
  debrief: 'Debrief',
  handbook: 'Handbook',
  progress: 'Your progress',
  'not-found': 'Not found',
  'gameday-new': 'Run a game day',
  'gameday-join': 'Join a game day',
  'gameday-room': 'Game day',
  'gameday-host': 'Game day',
} as const;


export default function Screens({ route }: { route: Route }) {
  const state = useLibrary();
  useEffect(() => {
    document.title = route.name === 'picker' ? 'Firedrill' : `${TITLES[route.name]} · Firedrill`;
  }, [route.name]);
  if (state.status === 'loading') {
    return (
      <main className="screen loading" id="main">
        <p role="status">Loading scenarios…</p>
      </main>
    );
  }
  if (state.status === 'failed') {
    return (
      <MessageScreen title="The scenarios could not be loaded">
        <p>{state.message}</p>
      </MessageScreen>
    );
  }
  const { library } = state;
  if (route.name === 'picker') return <PickerScreen library={library} />;
  if (route.name === 'handbook') return <HandbookScreen {...(route.rule ? { target: route.rule } : {})} />;
  if (route.name === 'progress') return <ProgressScreen library={library} />;
  if (route.name === 'gameday-new' || route.name === 'gameday-join' || route.name === 'gameday-room' || route.name === 'gameday-host') return <GameDayScreens route={route} library={library} />;
  if (route.name === 'not-found') {
    return (
      <MessageScreen title="Nothing here">
        <p>There is no page at “{route.path}”.</p>
      </MessageScreen>
    );
  }
  const scenario = library.scenarios.find((s) => s.id === route.id);
  if (!scenario) {
    return (
      <MessageScreen title="Unknown drill">
        <p>No scenario called “{route.id}” is bundled with this build or loaded from your files.</p>
        <ScenarioProblems problems={library.problems} />
      </MessageScreen>
    );
  }
  const mode = route.mode ?? 'practice';
  const level = routeLevel(route);
  if (route.name === 'brief') return <BriefingScreen scenario={scenario} seed={route.seed} level={level} />;
  if (route.name === 'play') return <WarRoom key={`${scenario.id}:${route.seed}:${level}`} store={sessionFor(scenario, route.seed, mode, level)} />;
  const store = existingSession(scenario.id, route.seed, mode, level);
  const game = store?.getState().game;
  if (!game || game.phase !== 'ended') {
    return (
      <MessageScreen title="No finished drill to debrief">
        <p>
          This link points to the debrief of “{scenario.title}” with seed {route.seed}, but that drill has not been played to the end in this tab.
        </p>
        <p>
          <a className="button button--primary" href={formatRoute({ ...route, name: 'brief' })}>
            Play it now
          </a>
        </p>
      </MessageScreen>
    );
  }
  return <DebriefScreen game={game} level={level} scenarios={library.scenarios} />;
}
