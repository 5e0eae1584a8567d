import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { SEAT_TITLES, SEATS, type RoomSummary, type Seat } from '../../store/gameDayPort';
import { JOIN_CODE, navigate } from '../route';
import { saveIdentity } from './identity';
import { useGameDay } from './useGameDay';

const SEAT_NOTES: Record<Seat, string> = {
  ic: 'Runs the response: claims command, declares severity, delegates.',
  deputy: 'Backs up the IC, watches the clock and the checklist.',
  ops: 'Hands on the systems: investigates and mitigates.',
  comms: 'Keeps stakeholders updated on a steady cadence.',
  scribe: 'Keeps the timeline and the decisions.',
  sme: 'The expert on the broken service.',
};

type Choice = Seat | 'spectator';

/** Players join with the code and a name, and take a seat (or watch, for the projector). */
export function JoinScreen({ code: initialCode = '' }: { code?: string }) {
  const { port } = useGameDay();
  const [code, setCode] = useState(initialCode);
  const [name, setName] = useState('');
  const [choice, setChoice] = useState<Choice | null>(null);
  // The last look-up: which code it was for, and what the server said about it.
  const [peeked, setPeeked] = useState<{ code: string; room: RoomSummary | null; problem: string | null } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = { code: useId(), name: useId(), seats: useId(), problem: useId() };
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const cleanCode = code.trim().toUpperCase();
  const codeOk = JOIN_CODE.test(cleanCode);

  // Once the code is complete, show who already sits where.
  useEffect(() => {
    if (!codeOk) return;
    let live = true;
    port.peek(cleanCode).then(
      (summary) => live && setPeeked({ code: cleanCode, room: summary, problem: null }),
      (error: unknown) => live && setPeeked({ code: cleanCode, room: null, problem: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [port, cleanCode, codeOk]);
  const room = codeOk && peeked?.code === cleanCode ? peeked.room : null;
  const lookup = codeOk && peeked?.code === cleanCode ? peeked.problem : null;

  const holder = (seat: Seat) => room?.seats.find((s) => s.seat === seat);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = [
      !codeOk && 'Type the six-character join code the facilitator shared.',
      name.trim() === '' && 'Type the name the others will see.',
      choice === null && 'Pick a seat, or watch as a spectator.',
    ].filter(Boolean);
    if (problems.length > 0 || choice === null) {
      setProblem(problems.join(' '));
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      await port.join({ code: cleanCode, name: name.trim(), seat: choice });
      const identity = port.identity();
      if (identity) saveIdentity(identity);
      navigate({ name: 'gameday-room', code: cleanCode });
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
      setBusy(false);
    }
  };

  return (
    <div className="screen gd-form-screen">
      <nav className="crumbs" aria-label="Breadcrumb">
        <a href="#/">All drills</a>
      </nav>
      <form className="gd-card" onSubmit={(e) => void submit(e)} aria-labelledby="gd-join-title" noValidate>
        <p className="eyebrow">
          <span className="pager-dot" aria-hidden="true" />
          Game day
        </p>
        <h1 id="gd-join-title" ref={headingRef} tabIndex={-1}>
          Join a game day
        </h1>
        <p className="lede">Your facilitator has a six-character join code. Take a seat and play your part; empty seats are played by bots.</p>
        <div className="gd-field-row">
          <div className="gd-field">
            <label htmlFor={ids.code}>Join code</label>
            <input
              id={ids.code}
              className="gd-code-input"
              value={code}
              onChange={(e) => setCode(e.target.value.toUpperCase())}
              maxLength={6}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              placeholder="ABC234"
              aria-describedby={lookup ? `${ids.code}-lookup` : undefined}
            />
            {lookup && (
              <p id={`${ids.code}-lookup`} className="gd-field__problem">
                {lookup}
              </p>
            )}
          </div>
          <div className="gd-field">
            <label htmlFor={ids.name}>Your name</label>
            <input id={ids.name} value={name} onChange={(e) => setName(e.target.value)} maxLength={40} autoComplete="nickname" placeholder="Maya" />
          </div>
        </div>
        <fieldset className="gd-field gd-seat-choice">
          <legend>Seat</legend>
          {room && <p className="gd-field__note">Room {room.code}: {room.scenarioTitle}</p>}
          <div className="gd-seat-choice__grid">
            {SEATS.map((seat) => {
              const held = holder(seat);
              const taken = held !== undefined && !held.bot;
              return (
                <label key={seat} className={`gd-choice${choice === seat ? ' gd-choice--chosen' : ''}${taken ? ' gd-choice--taken' : ''}`}>
                  <input type="radio" name={ids.seats} value={seat} checked={choice === seat} disabled={taken} onChange={() => setChoice(seat)} />
                  <span className="gd-choice__name">{SEAT_TITLES[seat]}</span>
                  <span className="gd-choice__text">{SEAT_NOTES[seat]}</span>
                  <span className="gd-choice__holder">{taken ? `Taken by ${held.name ?? 'someone'}` : held ? 'Empty: a bot plays it until you sit' : ''}</span>
                </label>
              );
            })}
            <label className={`gd-choice gd-choice--watch${choice === 'spectator' ? ' gd-choice--chosen' : ''}`}>
              <input type="radio" name={ids.seats} value="spectator" checked={choice === 'spectator'} onChange={() => setChoice('spectator')} />
              <span className="gd-choice__name">Spectator</span>
              <span className="gd-choice__text">Watch without acting: the large overview for a projector or a wall screen.</span>
            </label>
          </div>
        </fieldset>
        {problem && (
          <p id={ids.problem} className="gd-problem" role="alert">
            {problem}
          </p>
        )}
        <div className="gd-buttons">
          <button type="submit" className="button button--primary button--large" disabled={busy}>
            {busy ? 'Joining…' : choice === 'spectator' ? 'Watch the game day' : 'Take the seat'}
          </button>
        </div>
      </form>
    </div>
  );
}
