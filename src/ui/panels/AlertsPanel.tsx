import { useVirtualizer } from '@tanstack/react-virtual';
import { m } from 'motion/react';
import { memo, useDeferredValue, useRef } from 'react';
import { formatClock, type Action } from '../../engine';
import { useGameStore, useGameStoreApi } from '../../store';
import { SEVERITY_TITLES, SeverityIcon } from '../Icon';
import { cachedAlertGroups, type AlertGroup } from './alertGroups';

const SILENCE_SECONDS = 3600;
/**
 * Every row is this tall, its gap included: the name keeps to one line and the summary to two, so the
 * list never measures a row, and (with the row's size containment) a row that changes lays out only itself.
 */
export const ALERT_ROW_HEIGHT = 142;

/** A group that fired in the last 15 game seconds slides in when its row mounts. */
const FRESH_SECONDS = 15;

// Memoised: a clock tick that changes no alert re-renders no row (the groups keep their identity).
const AlertRow = memo(function AlertRow({ group, fresh, onAct }: { group: AlertGroup; fresh: boolean; onAct: (actions: Action[]) => void }) {
  const silenced = group.silencedUntil !== null;
  const state = group.firing === 0 ? 'Resolved' : silenced ? `Silenced until ${formatClock(group.silencedUntil!)}` : group.unacked.length === 0 ? 'Acknowledged' : 'Firing';
  const titleId = `alert-${group.key.replace(/[^\w-]/g, '_')}`;
  return (
    <m.article
      className={`alert alert--${group.severity}${group.firing === 0 ? ' alert--resolved' : ''}`}
      aria-labelledby={titleId}
      // A whole transform (not `x`) and opacity: the slide runs on the compositor, not in the storm's frames.
      initial={fresh ? { opacity: 0, transform: 'translateX(-12px)' } : false}
      animate={{ opacity: 1, transform: 'translateX(0px)' }}
      transition={{ duration: 0.25 }}
    >
      <div className="alert__head">
        <span className="alert__severity">
          <SeverityIcon severity={group.severity} />
          {SEVERITY_TITLES[group.severity]}
        </span>
        <span className="alert__count" aria-label={`${group.count} ${group.count === 1 ? 'alert' : 'alerts'}, ${group.firing} firing`}>
          ×{group.count}
        </span>
      </div>
      <h3 className="alert__name" id={titleId} title={`${group.alertname} · ${group.service}`}>
        {group.alertname}
        <span className="alert__service"> · {group.service}</span>
      </h3>
      <p className="alert__summary" title={group.summary}>
        {group.summary}
      </p>
      <div className="alert__foot">
        <span className="alert__state" title={`${state} · last alert at ${formatClock(group.latestAt)}`}>
          {state} · last {formatClock(group.latestAt)}
        </span>
        <span className="alert__buttons">
          <button
            type="button"
            className="button button--small"
            disabled={group.unacked.length === 0}
            onClick={() => onAct([{ type: 'alert/acknowledged', alert: group.unacked[0]!, group: true }])}
          >
            {/* "Ack" on screen (the on-call word), the whole phrase for screen readers and voice control. */}
            <span aria-hidden="true">Ack</span>
            <span className="visually-hidden">
              Acknowledge {group.alertname} on {group.service}
            </span>
          </button>
          <button
            type="button"
            className="button button--small button--quiet"
            disabled={group.unsilenced.length === 0}
            onClick={() => onAct([{ type: 'alert/silenced', alert: group.unsilenced[0]!, seconds: SILENCE_SECONDS, group: true }])}
          >
            Silence 1h{' '}
            <span className="visually-hidden">{group.alertname} on {group.service}</span>
          </button>
        </span>
      </div>
    </m.article>
  );
});

export function AlertsPanel() {
  // The groups only change when an alert does (or a silence runs out), not on every clock tick. Deferred:
  // in a storm the rows re-render in the background, in slices, after the clock has ticked on screen.
  const groups = useDeferredValue(useGameStore((s) => cachedAlertGroups(s.game.alerts, s.game.time)));
  const dispatchMany = useGameStore((s) => s.dispatchMany);
  return <AlertList groups={groups} onAct={dispatchMany} />;
}

// Memoised: the urgent render of a change (the one a click waits for) stops at the panel above, and the
// list renders once, in the deferred render that brings the new groups.
const AlertList = memo(function AlertList({ groups, onAct }: { groups: AlertGroup[]; onAct: (actions: Action[]) => void }) {
  // Read, not subscribed: only a row mounting for a group that just fired slides in.
  const now = useGameStoreApi().getState().game.time;
  const firing = groups.reduce((n, g) => n + g.firing, 0);
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render only
  const virtualizer = useVirtualizer({
    count: groups.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ALERT_ROW_HEIGHT,
    overscan: 4,
    getItemKey: (index) => groups[index]?.key ?? index,
    initialRect: { width: 400, height: 480 },
  });
  return (
    <section className="panel alerts" aria-labelledby="alerts-title">
      <header className="panel__header">
        <h2 id="alerts-title">Alerts</h2>
        <span className="panel__meta">
          {firing} firing in {groups.length} {groups.length === 1 ? 'group' : 'groups'}
        </span>
      </header>
      {groups.length === 0 ? (
        <p className="panel__empty">No alerts yet. The pager is quiet, for now.</p>
      ) : (
        <div className="alerts__scroll" ref={scrollRef} tabIndex={0} aria-label="Alert groups, scrollable">
          <ul className="alerts__list" aria-label="Alert groups" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const group = groups[item.index]!;
              return (
                <li
                  key={item.key}
                  className="alerts__row"
                  aria-setsize={groups.length}
                  aria-posinset={item.index + 1}
                  style={{ height: ALERT_ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
                >
                  <AlertRow group={group} fresh={now - group.latestAt <= FRESH_SECONDS} onAct={onAct} />
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
});
