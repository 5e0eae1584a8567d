import { useId, useMemo, useState, type FormEvent } from 'react';
import { formatClock, type FacilitatorInject, type InjectCondition } from '../../../engine';
import { useGameStore } from '../../../store';
import { CONDITION_TITLES, conditionLabel, facilitatorInjectLabel, optionalInjects } from '../events';
import { StatusLine, useCommand } from './useCommand';

type Kind = InjectCondition['kind'];
const KINDS = Object.keys(CONDITION_TITLES) as Kind[];
/** The free choice when a scenario has no optional inject: a nudge in the channel from a person. */
const NUDGE = '__nudge__';

/** What a teammate would say when the expected move has not come, per condition. */
const NUDGES: Record<Kind, string> = {
  'no-commander': 'Who is running this incident? Someone should take command.',
  'no-severity': 'How bad is this? Has anyone declared a severity?',
  'no-stakeholder-update': 'Leadership is asking for an update. Can someone post one?',
  'not-mitigated': 'Customers are still failing. What can we do right now to stop the bleeding?',
  'mitigation-applied': 'Did that change help? What are the graphs saying?',
  'person-paged': 'Now that they are paged, what do we want from them?',
};

/** Arms an inject that fires when an expected action is missed (the scenario's condition language). */
export function FallbackPanel() {
  const game = useGameStore((s) => s.game);
  const scripted = useMemo(() => optionalInjects(game), [game]);
  const { run, status, busy } = useCommand();
  const id = useId();
  const [inject, setInject] = useState(scripted[0]?.id ?? NUDGE);
  const [kind, setKind] = useState<Kind>('no-commander');
  const [minutes, setMinutes] = useState('5');
  const [person, setPerson] = useState(game.scenario.people[0]?.id ?? '');
  const [mitigation, setMitigation] = useState(game.scenario.mitigations[0]?.id ?? '');
  const [nudge, setNudge] = useState(NUDGES['no-commander']);
  // The suggested nudge follows the condition until the facilitator writes their own.
  const [nudgeEdited, setNudgeEdited] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const over = game.phase !== 'running';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const wait = Number(minutes);
    if (!Number.isInteger(wait) || wait < 0 || wait > 600) {
      setProblem('Minutes must be a whole number from 0 to 600.');
      return;
    }
    if (inject === NUDGE && nudge.trim() === '') {
      setProblem('Write the nudge message.');
      return;
    }
    setProblem(null);
    const chosen: FacilitatorInject =
      inject === NUDGE ? { kind: 'message', from: game.scenario.people[0]?.id ?? '', place: 'main', text: nudge.trim() } : { kind: 'scripted', id: inject };
    const when = {
      kind,
      for: wait * 60,
      ...(kind === 'person-paged' ? { person } : {}),
      ...(kind === 'mitigation-applied' ? { mitigation } : {}),
    };
    await run({ type: 'armFallback', inject: chosen, when }, `Armed: fires if ${CONDITION_TITLES[kind].toLowerCase()}${wait > 0 ? ` for ${wait} min` : ''}.`);
  };

  return (
    <section className="panel gd-fallback" aria-labelledby={`${id}-title`}>
      <header className="panel__header">
        <h2 id={`${id}-title`}>Fallback injects</h2>
        <span className="panel__meta">fire when an expected action is missed</span>
      </header>
      <form className="gd-inject__form" onSubmit={(e) => void submit(e)} aria-label="Arm a fallback">
        <div className="gd-field">
          <label htmlFor={`${id}-inject`}>Inject to fire</label>
          <select id={`${id}-inject`} value={inject} onChange={(e) => setInject(e.target.value)}>
            {scripted.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
            <option value={NUDGE}>A nudge in the main channel</option>
          </select>
        </div>
        {inject === NUDGE && (
          <div className="gd-field">
            <label htmlFor={`${id}-nudge`}>Nudge from {game.scenario.people[0]?.name ?? 'a teammate'}</label>
            <input
              id={`${id}-nudge`}
              value={nudge}
              maxLength={2000}
              onChange={(e) => {
                setNudge(e.target.value);
                setNudgeEdited(true);
              }}
            />
          </div>
        )}
        <div className="gd-field-row">
          <div className="gd-field">
            <label htmlFor={`${id}-kind`}>Fires when</label>
            <select
              id={`${id}-kind`}
              value={kind}
              onChange={(e) => {
                const next = e.target.value as Kind;
                setKind(next);
                if (!nudgeEdited) setNudge(NUDGES[next]);
              }}
            >
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {CONDITION_TITLES[k]}
                </option>
              ))}
            </select>
          </div>
          <div className="gd-field gd-field--narrow">
            <label htmlFor={`${id}-minutes`}>for (min)</label>
            <input id={`${id}-minutes`} inputMode="numeric" value={minutes} onChange={(e) => setMinutes(e.target.value)} />
          </div>
        </div>
        {kind === 'person-paged' && (
          <div className="gd-field">
            <label htmlFor={`${id}-person`}>Person</label>
            <select id={`${id}-person`} value={person} onChange={(e) => setPerson(e.target.value)}>
              {game.scenario.people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} ({p.title})
                </option>
              ))}
            </select>
          </div>
        )}
        {kind === 'mitigation-applied' && (
          <div className="gd-field">
            <label htmlFor={`${id}-mitigation`}>Mitigation</label>
            <select id={`${id}-mitigation`} value={mitigation} onChange={(e) => setMitigation(e.target.value)}>
              {game.scenario.mitigations.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.label}
                </option>
              ))}
            </select>
          </div>
        )}
        {problem && (
          <p className="gd-field__problem" role="alert">
            {problem}
          </p>
        )}
        <button type="submit" className="button" disabled={busy || over}>
          Arm the fallback
        </button>
      </form>
      <StatusLine status={status} />
      <h3 className="gd-subtitle">Armed</h3>
      {game.fallbacks.length === 0 ? (
        <p className="panel__empty">None armed.</p>
      ) : (
        <ul className="gd-armed">
          {game.fallbacks.map((f, i) => (
            <li key={i} className={f.firedAt === null ? undefined : 'gd-armed--fired'}>
              <span className="gd-armed__what">{facilitatorInjectLabel(game, f.inject)}</span>
              <span className="gd-armed__when">if {conditionLabel(game, f.when).toLowerCase()}</span>
              <span className="gd-armed__state">{f.firedAt === null ? `armed at ${formatClock(f.armedAt)}` : `fired at ${formatClock(f.firedAt)}`}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
