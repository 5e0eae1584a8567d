import { SEAT_TITLES, type RoomSummary, type Seat } from '../../store/gameDayPort';

/** Who holds each seat, live: a person's name (online or dropped) or "played by a bot". */
export function SeatBoard({ room, me = null, title = 'Seats' }: { room: RoomSummary; me?: Seat | null; title?: string }) {
  const taken = room.seats.filter((s) => !s.bot).length;
  return (
    <section className="panel gd-seats" aria-labelledby="gd-seats-title">
      <header className="panel__header">
        <h2 id="gd-seats-title">{title}</h2>
        <span className="panel__meta">
          {taken} of {room.seats.length} taken · {room.spectators === 1 ? '1 spectator' : `${room.spectators} spectators`}
        </span>
      </header>
      <ul className="gd-seats__list">
        {room.seats.map((s) => (
          <li key={s.seat} className={`gd-seat${s.bot ? ' gd-seat--bot' : ''}${s.seat === me ? ' gd-seat--me' : ''}`}>
            <span className="gd-seat__title">{SEAT_TITLES[s.seat]}</span>
            <span className="gd-seat__holder">
              {s.bot ? (
                <span className="muted">Played by a bot</span>
              ) : (
                <>
                  {s.name}
                  {s.seat === me && ' (you)'}
                </>
              )}
            </span>
            {!s.bot && <span className={`gd-seat__state${s.connected ? '' : ' gd-seat__state--away'}`}>{s.connected ? 'Online' : 'Dropped, seat kept'}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
