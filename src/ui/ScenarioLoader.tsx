// Loading a scenario file from disk: a file button and drag-and-drop onto the picker. The text goes
// through parseScenario; problems are shown as a readable list (as text, never HTML) and take focus.
import { useCallback, useEffect, useId, useMemo, useRef, useState, type DragEvent } from 'react';
import type { ScenarioProblem } from '../scenario/parse';
import { randomSeed } from './route';
import type { ScenarioLibrary } from './scenarios';
import { addUserScenario, MAX_FILE_BYTES } from './userScenarios';

export type LoaderStatus =
  | { kind: 'idle' }
  | { kind: 'loaded'; file: string; title: string; id: string; seed: number }
  | { kind: 'failed'; file: string; errors: ScenarioProblem[] }
  | { kind: 'refused'; file: string; message: string };

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

export interface ScenarioLoader {
  status: LoaderStatus;
  dragging: boolean;
  loadFile(file: File): Promise<void>;
  dropHandlers: {
    onDragOver(event: DragEvent): void;
    onDragLeave(event: DragEvent): void;
    onDrop(event: DragEvent): void;
  };
}

export function useScenarioLoader(library: ScenarioLibrary): ScenarioLoader {
  const [status, setStatus] = useState<LoaderStatus>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  // The bundled drills' ids: a file may not take one (its own earlier version it may replace).
  const reserved = useMemo(() => {
    const yours = library.yours ?? [];
    return library.scenarios.map((s) => s.id).filter((id) => !yours.includes(id));
  }, [library]);
  const loadFile = useCallback(async (file: File) => {
    if (file.size > MAX_FILE_BYTES) {
      setStatus({ kind: 'refused', file: file.name, message: `The file is ${megabytes(file.size)}; scenario files can be at most ${megabytes(MAX_FILE_BYTES)}.` });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setStatus({ kind: 'refused', file: file.name, message: 'The file could not be read.' });
      return;
    }
    const result = addUserScenario(file.name, text, reserved);
    setStatus(result.ok ? { kind: 'loaded', file: file.name, title: result.scenario.title, id: result.scenario.id, seed: randomSeed() } : { kind: 'failed', file: file.name, errors: result.errors });
  }, [reserved]);
  const dropHandlers = {
    onDragOver(event: DragEvent) {
      if (!event.dataTransfer.types.includes('Files')) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    },
    onDragLeave(event: DragEvent) {
      // Leaving for a child element is not leaving the picker.
      if (event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)) return;
      setDragging(false);
    },
    onDrop(event: DragEvent) {
      setDragging(false);
      const file = event.dataTransfer.files[0];
      if (!file) return;
      event.preventDefault();
      void loadFile(file);
    },
  };
  return { status, dragging, loadFile, dropHandlers };
}

/** The file button and what happened to the last file. */
export function ScenarioLoaderPanel({ loader }: { loader: ScenarioLoader }) {
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const { status } = loader;
  useEffect(() => {
    if (status.kind !== 'idle') resultRef.current?.focus();
  }, [status]);
  return (
    <section className="loader" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`} className="loader__title">
        Your own scenario
      </h2>
      <p className="loader__hint">
        Load a scenario file (YAML, at most {megabytes(MAX_FILE_BYTES)}) with the button, or drop it anywhere on this page. It is checked, added to the list and kept in this
        browser.
      </p>
      <input
        ref={inputRef}
        id={inputId}
        className="visually-hidden"
        type="file"
        accept=".yaml,.yml,.json,text/yaml,application/json"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // The same file may be chosen again after fixing it.
          event.target.value = '';
          if (file) void loader.loadFile(file);
        }}
      />
      <button type="button" className="button" onClick={() => inputRef.current?.click()}>
        Load a scenario file…
      </button>
      {status.kind === 'loaded' && (
        <div className="loader__result loader__result--ok" role="status">
          <h3 ref={resultRef} tabIndex={-1}>
            Loaded “{status.title}”
          </h3>
          <p>
            From {status.file}. It is in the list below, marked “Your file”.{' '}
            <a href={`#/brief/${status.id}?seed=${status.seed}`} className="loader__play">
              Brief me<span className="visually-hidden">: {status.title}</span>
            </a>
          </p>
        </div>
      )}
      {status.kind === 'refused' && (
        <div className="loader__result loader__result--bad" role="alert">
          <h3 ref={resultRef} tabIndex={-1}>
            {status.file} was not loaded
          </h3>
          <p>{status.message}</p>
        </div>
      )}
      {status.kind === 'failed' && (
        <section className="loader__result loader__result--bad problems" aria-labelledby={`${inputId}-errors`}>
          <h3 id={`${inputId}-errors`} ref={resultRef} tabIndex={-1}>
            {status.file} has {status.errors.length === 1 ? '1 problem' : `${status.errors.length} problems`} and was not loaded
          </h3>
          <ul className="loader__errors" aria-label={`Problems in ${status.file}`}>
            {status.errors.map((e, i) => (
              <li key={i}>
                <span className="loader__where">
                  {e.file}, line {e.line}, column {e.column}
                </span>{' '}
                at <code>{e.path || '(top level)'}</code>: {e.message}
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
