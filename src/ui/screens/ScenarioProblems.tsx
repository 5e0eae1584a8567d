import type { ScenarioLibrary } from '../scenarios';

/** Scenario files that did not parse, as a readable list (never a blank screen). */
export function ScenarioProblems({ problems }: { problems: ScenarioLibrary['problems'] }) {
  if (problems.length === 0) return null;
  return (
    <section className="problems" aria-labelledby="problems-title">
      <h2 id="problems-title">Some scenario files could not be loaded</h2>
      {problems.map((p) => (
        <div key={p.file} className="problems__file">
          <h3>{p.file}</h3>
          <ul>
            {p.errors.map((e, i) => (
              <li key={i}>
                <code>
                  line {e.line}, column {e.column}
                </code>{' '}
                at <code>{e.path}</code>: {e.message}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
