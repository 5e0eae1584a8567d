import type { Identity, RoomSummary } from '../../../store/gameDayPort';
import { CopyField } from '../CopyField';

/** Where this page is served from: the links below point players and the facilitator back to it. */
const here = () => `${window.location.origin}${window.location.pathname}`;

export const playerLink = (code: string) => `${here()}#/gameday/join?code=${code}`;
export const facilitatorLink = (code: string, token: string) => `${here()}#/gameday/${code}/facilitator?token=${token}`;

/** The join code, large, and the two links: one for players, one (secret) for the facilitator. */
export function LobbyPanel({ room, identity }: { room: RoomSummary; identity: Identity }) {
  const spaced = `${room.code.slice(0, 3)} ${room.code.slice(3)}`;
  return (
    <section className="panel gd-lobby" aria-labelledby="gd-lobby-title">
      <h2 id="gd-lobby-title" className="gd-tile__title">
        Join code
      </h2>
      <p className="gd-joincode" aria-label={`Join code ${room.code.split('').join(' ')}`}>
        {spaced}
      </p>
      <p className="muted">Players open this game, choose “Join a game day” and type the code, or follow the player link.</p>
      <CopyField label="Join code" value={room.code} />
      <CopyField label="Player link" value={playerLink(room.code)} />
      <CopyField
        label="Facilitator link"
        value={facilitatorLink(room.code, identity.token)}
        note="Secret: it opens this console. Keep it to yourself; use it to come back from another device."
      />
    </section>
  );
}
