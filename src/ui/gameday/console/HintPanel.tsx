import { useId, useState, type FormEvent } from 'react';
import { SEAT_TITLES, type RoomSummary, type Seat } from '../../../store/gameDayPort';
import { StatusLine, useCommand } from './useCommand';

/** A private hint to one seat; it shows only on that seat's screen. */
export function HintPanel({ room }: { room: RoomSummary }) {
  const { run, status, busy } = useCommand();
  const id = useId();
  const seated = room.seats.filter((s) => !s.bot);
  const [seat, setSeat] = useState<Seat>(seated[0]?.seat ?? 'ic');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') {
      setProblem('Write the hint.');
      return;
    }
    setProblem(null);
    const holder = room.seats.find((s) => s.seat === seat);
    if (await run({ type: 'hint', seat, text: text.trim() }, `Hint sent to ${SEAT_TITLES[seat]}${holder?.name ? ` (${holder.name})` : ''}.`)) setText('');
  };
  return (
    <section className="panel gd-hints" aria-labelledby={`${id}-title`}>
      <header className="panel__header">
        <h2 id={`${id}-title`}>Hint to a seat</h2>
      </header>
      <form className="gd-inject__form" onSubmit={(e) => void submit(e)} aria-label="Send a hint">
        <div className="gd-field">
          <label htmlFor={`${id}-seat`}>Seat</label>
          <select id={`${id}-seat`} value={seat} onChange={(e) => setSeat(e.target.value as Seat)}>
            {room.seats.map((s) => (
              <option key={s.seat} value={s.seat}>
                {SEAT_TITLES[s.seat]} · {s.bot ? 'bot' : s.name}
              </option>
            ))}
          </select>
        </div>
        <div className="gd-field">
          <label htmlFor={`${id}-text`}>Hint</label>
          <textarea id={`${id}-text`} rows={2} maxLength={2000} value={text} onChange={(e) => setText(e.target.value)} placeholder="Have you checked the deploy history?" />
        </div>
        {problem && (
          <p className="gd-field__problem" role="alert">
            {problem}
          </p>
        )}
        <button type="submit" className="button" disabled={busy || room.phase !== 'running'}>
          Send the hint
        </button>
      </form>
      <StatusLine status={status} />
    </section>
  );
}
