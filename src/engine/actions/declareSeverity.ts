import { defineAction, reject } from './definition';

/** Declare or change the severity; it is announced in the main channel. */
export const declareSeverity = defineAction({
  type: 'severity/declared',
  title: 'Declare severity',
  category: 'incident',
  handsOn: false,
  isAvailable: () => true,
  check: (state, action) => (state.severity.level === action.level ? reject('not-available', `The incident is already SEV${action.level}.`) : null),
  apply(tx, action, actor) {
    const previous = tx.s.severity.level;
    tx.s.severity = { level: action.level, history: [...tx.s.severity.history, { at: tx.now, level: action.level, by: actor }] };
    const name = tx.s.doctrine.severity.levels.find((l) => l.level === action.level);
    const verb = previous === null ? 'Declaring' : action.level < previous ? 'Raising to' : 'Lowering to';
    tx.post({ place: 'main', from: actor, kind: 'decision', text: `${verb} SEV${action.level}${name ? ` (${name.label})` : ''}.` });
  },
  options: (state) => [1, 2, 3, 4].filter((level) => level !== state.severity.level).map((level) => ({ type: 'severity/declared' as const, level })),
});
