import { useId, useRef, useState } from 'react';

/**
 * A value to hand to others (a join code, a link) with a Copy button. When the clipboard is not
 * available the text is selected instead, so Ctrl+C finishes the job.
 */
export function CopyField({ label, value, note, large = false }: { label: string; value: string; note?: string; large?: boolean }) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus(`${label} copied`);
    } catch {
      inputRef.current?.select();
      setStatus('Selected: press Ctrl+C to copy');
    }
  };
  return (
    <div className={`gd-copy${large ? ' gd-copy--large' : ''}`}>
      <label htmlFor={id} className="gd-copy__label">
        {label}
      </label>
      <div className="gd-copy__row">
        <input id={id} ref={inputRef} className="gd-copy__value" readOnly value={value} onFocus={(e) => e.currentTarget.select()} aria-describedby={note ? `${id}-note` : undefined} />
        <button type="button" className="button" onClick={() => void copy()} aria-label={`Copy ${label.toLowerCase()}`}>
          Copy
        </button>
      </div>
      {note && (
        <p id={`${id}-note`} className="gd-copy__note">
          {note}
        </p>
      )}
      <p className="gd-copy__status" role="status">
        {status}
      </p>
    </div>
  );
}
