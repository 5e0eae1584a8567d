import { formatClock, ROLES } from '../../engine';
import { useGameStoreShallow } from '../../store';
import { fullName, nameFor, ROLE_TITLES, workLabel } from '../labels';
import { usePlayerNames } from '../playerNames';

export function RolesBoard() {
  // What the board shows, and nothing else: a message or an alert does not re-render it.
  const state = useGameStoreShallow(({ game: g }) => ({ scenario: g.scenario, players: g.players, command: g.command, people: g.people, tasks: g.tasks, time: g.time, severity: g.severity }));
  const seats = usePlayerNames();
  // In a game day the other seats are named.
  const game = seats ? { ...state, seats } : state;
  const { command, people, tasks, time } = game;
  const paged = game.scenario.people.filter((p) => {
    const st = people[p.id];
    return st && st.pagedAt !== null && st.ackedAt === null;
  });
  const openTasks = tasks.filter((t) => t.status !== 'done');
  const doneTasks = tasks.filter((t) => t.status === 'done');
  return (
    <section className="panel roles" aria-labelledby="roles-title">
      <header className="panel__header">
        <h2 id="roles-title">Roles</h2>
        <span className="panel__meta">{game.severity.level === null ? 'No severity declared' : `SEV${game.severity.level}`}</span>
      </header>
      <dl className="roles__list">
        <div className="roles__item roles__item--ic">
          <dt>Incident commander</dt>
          <dd>{command.ic === null ? 'Nobody. Claim command with /ic' : fullName(game, command.ic)}</dd>
        </div>
        {command.pendingHandoff && (
          <div className="roles__item">
            <dt>Handoff waiting</dt>
            <dd>
              to {nameFor(game, command.pendingHandoff.to)}, asked {formatClock(time - command.pendingHandoff.at)} ago
            </dd>
          </div>
        )}
        {ROLES.map((role) => (
          <div className="roles__item" key={role}>
            <dt>{ROLE_TITLES[role]}</dt>
            <dd>{command.roles[role] ? nameFor(game, command.roles[role]) : <span className="muted">unassigned</span>}</dd>
          </div>
        ))}
      </dl>
      <h3 className="roles__subtitle">Waiting for acknowledgement</h3>
      {paged.length === 0 && openTasks.every((t) => t.status !== 'assigned') ? (
        <p className="panel__empty">Nothing pending.</p>
      ) : (
        <ul className="roles__pending">
          {paged.map((p) => (
            <li key={p.id}>
              Page to {p.name} ({p.title}): {formatClock(time - (people[p.id]?.pagedAt ?? time))} unanswered
              {people[p.id]?.escalatedAt !== null ? ', escalated' : ''}
            </li>
          ))}
          {openTasks
            .filter((t) => t.status === 'assigned')
            .map((t) => (
              <li key={`task-${t.id}`}>
                {nameFor(game, t.to)} to acknowledge: {workLabel(game, t.work)}
              </li>
            ))}
        </ul>
      )}
      <h3 className="roles__subtitle">Delegated tasks</h3>
      {tasks.length === 0 ? (
        <p className="panel__empty">No tasks delegated yet. Open the actions palette (Ctrl+K) to delegate.</p>
      ) : (
        <ul className="roles__tasks">
          {openTasks.map((t) => {
            const left = t.assignedAt + t.timebox - time;
            return (
              <li key={t.id} className={left < 0 ? 'task task--late' : 'task'}>
                <span className="task__who">{nameFor(game, t.to)}</span> {workLabel(game, t.work)}
                <span className="task__timer">{left >= 0 ? `report due in ${formatClock(left)}` : `overdue by ${formatClock(-left)}`}</span>
                <span className="task__status">{t.status === 'assigned' ? 'not acknowledged' : 'acknowledged'}</span>
              </li>
            );
          })}
          {doneTasks.map((t) => (
            <li key={t.id} className="task task--done">
              <span className="task__who">{nameFor(game, t.to)}</span> {workLabel(game, t.work)}
              <span className="task__status">done at {formatClock(t.doneAt ?? time)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
