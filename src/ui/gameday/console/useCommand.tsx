import { useCallback, useState } from 'react';
import type { FacilitatorCommand } from '../../../store/gameDayPort';
import { useGameDay } from '../useGameDay';

export interface CommandStatus {
  tone: 'done' | 'error';
  text: string;
}

/** Sends a facilitator command and keeps a line saying how it went (the server's refusal, in words). */
export function useCommand() {
  const { port } = useGameDay();
  const [status, setStatus] = useState<CommandStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async (command: FacilitatorCommand, done: string): Promise<boolean> => {
      setBusy(true);
      try {
        const refusal = await port.command(command);
        setStatus(refusal === null ? { tone: 'done', text: done } : { tone: 'error', text: refusal });
        return refusal === null;
      } catch (error) {
        setStatus({ tone: 'error', text: error instanceof Error ? error.message : String(error) });
        return false;
      } finally {
        setBusy(false);
      }
    },
    [port],
  );
  return { run, status, busy };
}

export function StatusLine({ status }: { status: CommandStatus | null }) {
  return (
    <p className={`gd-status${status ? ` gd-status--${status.tone}` : ''}`} role="status">
      {status && (
        <>
          <span className="gd-status__label">{status.tone === 'done' ? 'Done:' : 'Not done:'}</span> {status.text}
        </>
      )}
    </p>
  );
}
