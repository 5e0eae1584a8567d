import { useId, useMemo, useState, type FormEvent } from 'react';
import type { Place } from '../../../engine';
import { useGameStore } from '../../../store';
import { PLACE_TITLES } from '../../labels';
import { optionalInjects } from '../events';
import { buildFreeInject, METRIC_UNITS, type FreeInjectForm, type FreeKind, type MetricName } from './freeInject';
import { StatusLine, useCommand } from './useCommand';

const KIND_TITLES: Record<FreeKind, string> = { message: 'A message from a person', alert: 'A new alert', 'metric-shift': 'A metric shift' };

/** The scenario's optional injects by name, and a free one: a message, an alert or a metric shift. */
export function InjectPanel() {
  const game = useGameStore((s) => s.game);
  const scripted = useMemo(() => optionalInjects(game), [game]);
  const fired = useMemo(() => {
    const ids = new Set<string>();
    for (const entry of game.log) if (entry.action.type === 'facilitator/injected' && entry.action.inject.kind === 'scripted') ids.add(entry.action.inject.id);
    return ids;
  }, [game]);
  const { run, status, busy } = useCommand();
  const people = game.scenario.people;
  const services = game.scenario.services;
  const [form, setForm] = useState<FreeInjectForm>({
    kind: 'message',
    from: people[0]?.id ?? '',
    place: 'main',
    text: '',
    service: services[0]?.id ?? '',
    severity: 'critical',
    alertname: '',
    summary: '',
    metric: 'errorRate',
    value: '',
  });
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const update = (patch: Partial<FreeInjectForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    setProblem(null);
  };
  const over = game.phase !== 'running';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const built = buildFreeInject(form);
    if ('problem' in built) {
      setProblem(built.problem);
      return;
    }
    if (await run({ type: 'inject', inject: built.inject }, `${KIND_TITLES[form.kind]} is in.`)) update({ text: '', alertname: '', summary: '', value: '' });
  };

  return (
    <section className="panel gd-inject" aria-labelledby={`${id}-title`}>
      <header className="panel__header">
        <h2 id={`${id}-title`}>Inject</h2>
      </header>
      <h3 className="gd-subtitle">From the scenario</h3>
      {scripted.length === 0 ? (
        <p className="panel__empty">This scenario has no optional injects; use a free one below.</p>
      ) : (
        <ul className="gd-inject__list">
          {scripted.map((inject) => (
            <li key={inject.id}>
              <span className="gd-inject__label">{inject.label}</span>
              <button
                type="button"
                className="button button--small"
                disabled={busy || over || fired.has(inject.id)}
                onClick={() => void run({ type: 'inject', inject: { kind: 'scripted', id: inject.id } }, `Injected: ${inject.label}`)}
              >
                {fired.has(inject.id) ? 'Fired' : 'Fire'}
                <span className="visually-hidden">: {inject.label}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3 className="gd-subtitle">Free inject</h3>
      <form className="gd-inject__form" onSubmit={(e) => void submit(e)} aria-label="Free inject">
        <div className="gd-field">
          <label htmlFor={`${id}-kind`}>What happens</label>
          <select id={`${id}-kind`} value={form.kind} onChange={(e) => update({ kind: e.target.value as FreeKind })}>
            {(Object.keys(KIND_TITLES) as FreeKind[]).map((k) => (
              <option key={k} value={k}>
                {KIND_TITLES[k]}
              </option>
            ))}
          </select>
        </div>
        {form.kind === 'message' && (
          <>
            <div className="gd-field-row">
              <div className="gd-field">
                <label htmlFor={`${id}-from`}>From</label>
                <select id={`${id}-from`} value={form.from} onChange={(e) => update({ from: e.target.value })}>
                  {people.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name} ({p.title})
                    </option>
                  ))}
                </select>
              </div>
              <div className="gd-field">
                <label htmlFor={`${id}-place`}>Where</label>
                <select id={`${id}-place`} value={form.place} onChange={(e) => update({ place: e.target.value as Place })}>
                  {(Object.keys(PLACE_TITLES) as Place[]).map((p) => (
                    <option key={p} value={p}>
                      {PLACE_TITLES[p]}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <div className="gd-field">
              <label htmlFor={`${id}-text`}>Message</label>
              <textarea id={`${id}-text`} rows={2} maxLength={2000} value={form.text} onChange={(e) => update({ text: e.target.value })} />
            </div>
          </>
        )}
        {form.kind !== 'message' && (
          <div className="gd-field">
            <label htmlFor={`${id}-service`}>Service</label>
            <select id={`${id}-service`} value={form.service} onChange={(e) => update({ service: e.target.value })}>
              {services.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
        )}
        {form.kind === 'alert' && (
          <>
            <div className="gd-field-row">
              <div className="gd-field">
                <label htmlFor={`${id}-sev`}>Alert severity</label>
                <select id={`${id}-sev`} value={form.severity} onChange={(e) => update({ severity: e.target.value as FreeInjectForm['severity'] })}>
                  <option value="critical">Critical</option>
                  <option value="warning">Warning</option>
                  <option value="info">Info</option>
                </select>
              </div>
              <div className="gd-field">
                <label htmlFor={`${id}-name`}>Alert name</label>
                <input id={`${id}-name`} value={form.alertname} maxLength={120} onChange={(e) => update({ alertname: e.target.value })} placeholder="HighErrorRate" />
              </div>
            </div>
            <div className="gd-field">
              <label htmlFor={`${id}-summary`}>Summary</label>
              <input id={`${id}-summary`} value={form.summary} maxLength={500} onChange={(e) => update({ summary: e.target.value })} />
            </div>
          </>
        )}
        {form.kind === 'metric-shift' && (
          <div className="gd-field-row">
            <div className="gd-field">
              <label htmlFor={`${id}-metric`}>Metric</label>
              <select id={`${id}-metric`} value={form.metric} onChange={(e) => update({ metric: e.target.value as MetricName })}>
                {(Object.keys(METRIC_UNITS) as MetricName[]).map((m) => (
                  <option key={m} value={m}>
                    {METRIC_UNITS[m].title}
                  </option>
                ))}
              </select>
            </div>
            <div className="gd-field">
              <label htmlFor={`${id}-value`}>New normal ({METRIC_UNITS[form.metric].unit})</label>
              <input id={`${id}-value`} inputMode="decimal" value={form.value} onChange={(e) => update({ value: e.target.value })} />
            </div>
          </div>
        )}
        {problem && (
          <p className="gd-field__problem" role="alert">
            {problem}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={busy || over}>
          Inject now
        </button>
      </form>
      <StatusLine status={status} />
    </section>
  );
}
