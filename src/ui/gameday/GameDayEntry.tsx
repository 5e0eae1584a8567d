import { useServerStatus } from './health';

/**
 * The picker's way into a game day. It only offers the game-day screens when a game-day server is
 * behind this page; otherwise it says so plainly and solo play carries on.
 */
export function GameDayEntry() {
  const status = useServerStatus();
  return (
    <section className="gd-entry" aria-labelledby="gd-entry-title">
      <div className="gd-entry__text">
        <h2 id="gd-entry-title">Game day</h2>
        <p>Play a drill as a team: each person in a seat on their own laptop, a facilitator steering, a projector view for the room.</p>
        <p className={`gd-entry__status gd-entry__status--${status}`} role="status">
          {status === 'checking' && 'Looking for a game-day server…'}
          {status === 'up' && 'Game-day server reachable.'}
          {status === 'down' && (
            <>
              No game-day server behind this page, so game days are off. Solo drills work as usual; to run a game day, start <code>npm run server</code> and open the
              address it prints.
            </>
          )}
        </p>
      </div>
      {status === 'up' && (
        <div className="gd-entry__buttons">
          <a className="button button--primary" href="#/gameday/new">
            Run a game day
          </a>
          <a className="button" href="#/gameday/join">
            Join a game day
          </a>
        </div>
      )}
    </section>
  );
}
