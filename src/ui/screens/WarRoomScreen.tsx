import { lazy, Suspense, useEffect } from 'react';
import { GameStoreProvider, useGameLoop, useGameStore, type GameStore } from '../../store';
import { MotionProvider } from '../motion';
import { ActionPalette } from '../panels/ActionPalette';
import { AlertAnnouncer } from '../panels/AlertAnnouncer';
import { AlertsPanel } from '../panels/AlertsPanel';
import { ChannelPanel } from '../panels/ChannelPanel';
import { ClockPanel } from '../panels/ClockPanel';
import { RolesBoard } from '../panels/RolesBoard';
import { ServicesPanel } from '../panels/ServicesPanel';
import { Toasts } from '../panels/Toasts';
import { navigate } from '../route';

// The shadow-mode hint line (the textbook's next move, in words) loads only when a shadow drill needs it.
const HintLine = lazy(() => import('../Hint').then((module) => ({ default: module.HintLine })));

function HintMount() {
  const mode = useGameStore((s) => s.game.mode);
  if (mode !== 'shadow') return null;
  return (
    <Suspense fallback={null}>
      <HintLine />
    </Suspense>
  );
}

function EndWatcher() {
  const phase = useGameStore((s) => s.game.phase);
  const id = useGameStore((s) => s.game.scenario.id);
  const seed = useGameStore((s) => s.game.seed);
  const mode = useGameStore((s) => s.game.mode);
  useEffect(() => {
    // The war room URL is replaced, so Back from the debrief goes to the briefing, not a finished game.
    if (phase === 'ended') navigate({ name: 'debrief', id, seed, mode }, { replace: true });
  }, [phase, id, seed, mode]);
  return null;
}

function WarRoomHeader() {
  const title = useGameStore((s) => s.game.scenario.title);
  const level = useGameStore((s) => s.game.severity.level);
  return (
    <header className="warroom__header">
      <div className="warroom__title">
        <p className="eyebrow">
          <span className="pager-dot" aria-hidden="true" />
          War room
        </p>
        <h1>{title}</h1>
      </div>
      <p className={`sev-badge${level === null ? ' sev-badge--none' : ` sev-badge--${level}`}`}>{level === null ? 'No severity' : `SEV${level}`}</p>
      <ActionPalette />
    </header>
  );
}

export function WarRoom({ store }: { store: GameStore }) {
  useGameLoop(store);
  return (
    <GameStoreProvider store={store}>
      <MotionProvider>
        <main className="screen warroom" id="main">
          <EndWatcher />
          <WarRoomHeader />
          <HintMount />
          <div className="warroom__grid">
            <div className="warroom__left">
              <ClockPanel />
              <AlertsPanel />
            </div>
            <ChannelPanel />
            <div className="warroom__right" role="region" aria-label="Services and roles" tabIndex={0}>
              <ServicesPanel />
              <RolesBoard />
            </div>
          </div>
          <Toasts />
          <AlertAnnouncer />
        </main>
      </MotionProvider>
    </GameStoreProvider>
  );
}
