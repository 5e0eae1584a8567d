// `drill lint` for one file's text: parse it (its parse errors are the answer if it does not parse),
// play it once with the textbook bot, and run the authoring checks. Lives in src/cli because it plays
// the game: src/scenario stays free of engine imports.
import { botByName, simulate } from '../bots';
import { lintScenario, type LintProblem, type TextbookRun } from '../scenario/lint';
import { parseScenario, type ScenarioProblem } from '../scenario/parse';
import type { Scenario } from '../scenario/schema';
import { readYaml } from '../scenario/yaml-source';
import { buildContext } from '../scoring/context';

/** The seed the par check plays: fixed, so lint gives the same answer every time. */
export const LINT_SEED = 1;

/** Plays the drill once with the textbook bot: when it mitigated, and when the incident became visible. */
export function textbookRun(scenario: Scenario, seed = LINT_SEED): TextbookRun {
  const state = simulate(scenario, botByName('textbook')!, { seed });
  return { seed, mitigatedAt: state.mitigatedAt, incidentStart: buildContext(state).incidentStart };
}

/** Every problem with a scenario file's text: parse errors, or else the authoring checks. Never throws. */
export function lintSource(source: string, file: string): (ScenarioProblem | LintProblem)[] {
  const parsed = parseScenario(source, file);
  if (!parsed.ok) return parsed.errors;
  const read = readYaml(source, file);
  // It parsed a moment ago, so this cannot fail; stay total anyway.
  if (!read.ok) return read.errors;
  let textbook: TextbookRun;
  try {
    textbook = textbookRun(parsed.scenario);
  } catch (error) {
    // A crash in the engine is a bug there, but lint still reports everything else it can.
    const message = error instanceof Error ? error.message : String(error);
    const crash: LintProblem = { file, ...read.locate(['truth', 'parMitigation']), path: 'truth.parMitigation', message: `the textbook bot could not play this drill: ${message}`, rule: 'textbook-par' };
    return [...lintScenario(parsed.scenario, read.locate, file), crash];
  }
  return lintScenario(parsed.scenario, read.locate, file, { textbook });
}
