// Checks the schema cannot express: references between sections, times within the drill, cycles.
import { formatDuration } from './duration';
import type { Scenario } from './schema';
import { suggest } from './wording';
import type { ProblemPath } from './yaml-source';

export interface SemanticProblem {
  path: ProblemPath;
  message: string;
}

export function checkScenario(scenario: Scenario): SemanticProblem[] {
  const problems: SemanticProblem[] = [];
  const report = (path: ProblemPath, message: string) => problems.push({ path, message });

  const services = new Set(scenario.services.map((s) => s.id));
  const faults = new Set(scenario.faults.map((f) => f.id));
  const people = new Set(scenario.people.map((p) => p.id));
  const mitigations = new Set(scenario.mitigations.map((m) => m.id));
  const redHerrings = new Set(scenario.truth.redHerrings.map((r) => r.id));
  const conclusions = new Set([scenario.truth.rootCause.id, ...mitigations]);
  const end = scenario.duration;

  const needService = (path: ProblemPath, value: string) => {
    if (!services.has(value)) report(path, `unknown service "${value}"${suggest(value, services)}`);
  };
  const needFault = (path: ProblemPath, value: string) => {
    if (!faults.has(value)) report(path, `unknown fault "${value}"${suggest(value, faults)}`);
  };
  const needPerson = (path: ProblemPath, value: string) => {
    if (!people.has(value)) report(path, `unknown person "${value}"${suggest(value, people)}`);
  };
  const needWithinDrill = (path: ProblemPath, seconds: number | undefined) => {
    if (seconds !== undefined && seconds > end) {
      report(path, `${formatDuration(seconds)} is after the end of the drill (${formatDuration(end)})`);
    }
  };

  duplicates(scenario.services, ['services'], report);
  duplicates(scenario.faults, ['faults'], report);
  duplicates(scenario.people, ['people'], report);
  duplicates(scenario.mitigations, ['mitigations'], report);
  duplicates(scenario.clues, ['clues'], report);
  duplicates(scenario.alerts, ['alerts'], report);
  duplicates(scenario.noise, ['noise'], report);
  duplicates(
    scenario.people.map((p) => ({ id: p.handle })),
    ['people'],
    (path, message) => report([...path.slice(0, 2), 'handle'], message.replace('id', 'handle')),
  );

  scenario.services.forEach((service, i) => {
    service.dependsOn.forEach((dep, j) => {
      const target = typeof dep === 'string' ? dep : dep.service;
      needService(['services', i, 'dependsOn', j], target);
      if (target === service.id) report(['services', i, 'dependsOn', j], 'a service cannot depend on itself');
    });
  });
  const cycle = findCycle(scenario);
  if (cycle) {
    // Point at the dependency that closes the loop: the last edge of the cycle.
    const from = cycle[cycle.length - 2]!;
    const to = cycle[cycle.length - 1]!;
    const target = (d: Scenario['services'][number]['dependsOn'][number]) => (typeof d === 'string' ? d : d.service);
    const i = scenario.services.findIndex((s) => s.id === from && s.dependsOn.some((d) => target(d) === to));
    const j = i < 0 ? -1 : scenario.services[i]!.dependsOn.findIndex((d) => target(d) === to);
    report(j < 0 ? ['services'] : ['services', i, 'dependsOn', j], `dependencies form a cycle: ${cycle.join(' -> ')}`);
  }
  if (!scenario.services.some((s) => s.userFacing !== undefined)) {
    report(['services'], 'expected at least one service with userFacing (the share of users who need it)');
  }

  scenario.faults.forEach((fault, i) => {
    needService(['faults', i, 'service'], fault.service);
    needWithinDrill(['faults', i, 'onset'], fault.onset);
  });
  scenario.alerts.forEach((rule, i) => {
    needService(['alerts', i, 'service'], rule.service);
    if (rule.above === undefined && rule.below === undefined) report(['alerts', i], 'expected a threshold: above or below');
  });
  scenario.noise.forEach((gen, i) => {
    needService(['noise', i, 'service'], gen.service);
    needWithinDrill(['noise', i, 'from'], gen.from);
    if (gen.until !== undefined && gen.until < gen.from) report(['noise', i, 'until'], 'ends before it starts (until is before from)');
    if (gen.every === 0) report(['noise', i, 'every'], 'expected a gap of at least 1s between bursts');
  });
  scenario.people.forEach((person, i) => {
    if (person.escalatesTo !== undefined) {
      needPerson(['people', i, 'escalatesTo'], person.escalatesTo);
      if (person.escalatesTo === person.id) report(['people', i, 'escalatesTo'], 'a person cannot escalate to themselves');
    }
  });
  scenario.timeline.forEach((inject, i) => {
    if (inject.optional === true) {
      if (inject.id === undefined) report(['timeline', i], 'an optional inject needs an "id" for the facilitator to pick it by');
      if (inject.at !== undefined || inject.when !== undefined) report(['timeline', i], 'an optional inject fires only when the facilitator injects it: drop "at" and "when"');
    } else if (inject.at === undefined && inject.when === undefined) report(['timeline', i], 'expected "at" (a time) or "when" (a condition)');
    if (inject.at !== undefined && inject.when !== undefined) report(['timeline', i], 'expected either "at" or "when", not both');
    needWithinDrill(['timeline', i, 'at'], inject.at);
    if (inject.when?.kind === 'mitigation-applied') {
      if (inject.when.mitigation === undefined) report(['timeline', i, 'when'], 'a mitigation-applied condition names its mitigation');
      else if (!mitigations.has(inject.when.mitigation)) report(['timeline', i, 'when', 'mitigation'], `unknown mitigation "${inject.when.mitigation}"`);
    }
    if (inject.when?.kind === 'person-paged') {
      if (inject.when.person === undefined) report(['timeline', i, 'when'], 'a person-paged condition names its person');
      else needPerson(['timeline', i, 'when', 'person'], inject.when.person);
    }
    if (inject.type === 'message') needPerson(['timeline', i, 'from'], inject.from);
    if (inject.type === 'fault') needFault(['timeline', i, 'fault'], inject.fault);
    if (inject.type === 'alert' || inject.type === 'metric-shift') needService(['timeline', i, 'service'], inject.service);
  });
  scenario.clues.forEach((clue, i) => {
    needService(['clues', i, 'service'], clue.service);
    needWithinDrill(['clues', i, 'from'], clue.from);
    clue.supports.forEach((target, j) => {
      if (!conclusions.has(target)) report(['clues', i, 'supports', j], `unknown conclusion "${target}" (expected the root cause id or a mitigation id)`);
    });
    clue.contradicts.forEach((target, j) => {
      if (!redHerrings.has(target)) report(['clues', i, 'contradicts', j], `unknown red herring "${target}"`);
    });
  });
  scenario.mitigations.forEach((mitigation, i) => {
    needService(['mitigations', i, 'service'], mitigation.service);
    mitigation.fixes.forEach((fault, j) => needFault(['mitigations', i, 'fixes', j], fault));
    if (mitigation.triggers !== undefined) needFault(['mitigations', i, 'triggers'], mitigation.triggers);
    if (mitigation.outcome === 'backfires' && mitigation.triggers === undefined) {
      report(['mitigations', i], 'a mitigation that backfires names the fault it triggers');
    }
  });
  if (scenario.repair) {
    needService(['repair', 'service'], scenario.repair.service);
    scenario.repair.fixes.forEach((fault, j) => needFault(['repair', 'fixes', j], fault));
  }
  if (scenario.shift) {
    needPerson(['shift', 'relief'], scenario.shift.relief);
    needWithinDrill(['shift', 'endsAt'], scenario.shift.endsAt);
  }
  scenario.truth.mitigations.forEach((m, i) => {
    if (!mitigations.has(m)) report(['truth', 'mitigations', i], `unknown mitigation "${m}"${suggest(m, mitigations)}`);
  });
  scenario.truth.severity.forEach((stepAt, i) => needWithinDrill(['truth', 'severity', i, 'at'], stepAt.at));
  needWithinDrill(['truth', 'parMitigation'], scenario.truth.parMitigation);
  scenario.escalation.forEach((window, i) => {
    needPerson(['escalation', i, 'person'], window.person);
    if (window.latest < window.earliest) report(['escalation', i, 'latest'], 'the window closes before it opens (latest is before earliest)');
    needWithinDrill(['escalation', i, 'earliest'], window.earliest);
  });
  return problems;
}

function duplicates(items: readonly { id: string }[], path: ProblemPath, report: (path: ProblemPath, message: string) => void) {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first !== undefined) report([...path, i, 'id'], `duplicate id "${item.id}" (first used at ${path.join('.')}[${first}])`);
    else seen.set(item.id, i);
  });
}

function findCycle(scenario: Scenario): string[] | null {
  const edges = new Map(scenario.services.map((s) => [s.id, s.dependsOn.map((d) => (typeof d === 'string' ? d : d.service))]));
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'visiting') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'visiting');
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (!edges.has(next) || next === node) continue;
      const found = visit(next);
      if (found) return found;
    }
    stack.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of edges.keys()) {
    const found = visit(node);
    if (found) return found;
  }
  return null;
}
