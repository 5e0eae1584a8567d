import { useRoom } from './useGameDay';
import type { Connection } from '../../store/gameDayPort';

const WORDS: Record<Connection, { label: string; detail: string }> = {
  connecting: { label: 'Connecting', detail: 'Reaching the game-day server…' },
  connected: { label: 'Connected', detail: 'Live with the room.' },
  reconnecting: { label: 'Reconnecting', detail: 'The connection dropped. Trying again; nothing you saw is lost.' },
  rejoined: { label: 'Rejoined', detail: 'Back in your seat; everything you missed has been caught up.' },
  offline: { label: 'Offline', detail: 'No connection to the game-day server. Check that it is running, then reload.' },
};

/** The state of the link to the server, in words and a shape (never by colour alone), announced politely. */
export function ConnectionBanner() {
  const connection = useRoom((s) => s.connection);
  const words = WORDS[connection];
  return (
    <p className={`gd-connection gd-connection--${connection}`} role="status" aria-live="polite">
      <span className="gd-connection__dot" aria-hidden="true" />
      <strong>{words.label}</strong>
      <span className="gd-connection__detail">{words.detail}</span>
    </p>
  );
}
