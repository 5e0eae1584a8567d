import { useMemo } from 'react';
import { useStore } from 'zustand';
import type { GameStore } from '../../store';
import { SEAT_TITLES, type DebriefEvent, type RoomSummary } from '../../store/gameDayPort';
import { navigate } from '../route';
import { DebriefScreen, type GameDayDebriefProps } from '../screens/DebriefScreen';
import { leaveGameDay } from './connection';

const leave = () => {
  void leaveGameDay();
  navigate({ name: 'picker' });
};

/** "Maya (Incident commander)" or "Bot (Scribe)" for a finding's seat. */
export function seatFindings(debrief: DebriefEvent): GameDayDebriefProps['findings'] {
  return debrief.findings.map((f) => {
    if (f.seat === null) return { ...f, seatLabel: null };
    const holder = debrief.seats.find((s) => s.seat === f.seat);
    return { ...f, seatLabel: `${holder && !holder.bot && holder.name ? holder.name : 'Bot'} (${SEAT_TITLES[f.seat]})` };
  });
}

/** Everybody's debrief: the solo debrief screen with the server's score and findings by seat. */
export function GameDayDebrief({ store, room, debrief }: { store: GameStore; room: RoomSummary; debrief: DebriefEvent | null }) {
  const game = useStore(store, (s) => s.game);
  const props = useMemo<GameDayDebriefProps | undefined>(
    () => (debrief ? { code: room.code, total: debrief.score.total, findings: seatFindings(debrief), onLeave: leave } : undefined),
    [debrief, room.code],
  );
  if (game.phase !== 'ended' || !props) {
    return (
      <div className="screen loading">
        <p role="status">The game is over. Preparing the debrief…</p>
      </div>
    );
  }
  return <DebriefScreen game={game} gameDay={props} />;
}
