// Indexed views of a scenario, built once per scenario object (the scenario never changes in play).
import type { Mitigation, Person, Scenario, Service } from '../scenario/schema';

interface ScenarioIndex {
  people: Map<string, Person>;
  handles: Map<string, Person>;
  mitigations: Map<string, Mitigation>;
  services: Map<string, Service>;
}

const cache = new WeakMap<Scenario, ScenarioIndex>();

export function indexOf(scenario: Scenario): ScenarioIndex {
  let index = cache.get(scenario);
  if (!index) {
    index = {
      people: new Map(scenario.people.map((p) => [p.id, p])),
      handles: new Map(scenario.people.map((p) => [p.handle, p])),
      mitigations: new Map(scenario.mitigations.map((m) => [m.id, m])),
      services: new Map(scenario.services.map((s) => [s.id, s])),
    };
    cache.set(scenario, index);
  }
  return index;
}

export const personById = (scenario: Scenario, id: string): Person | undefined => indexOf(scenario).people.get(id);
export const mitigationById = (scenario: Scenario, id: string): Mitigation | undefined => indexOf(scenario).mitigations.get(id);
export const serviceById = (scenario: Scenario, id: string): Service | undefined => indexOf(scenario).services.get(id);
export const personByHandle = (scenario: Scenario, handle: string): Person | undefined => indexOf(scenario).handles.get(handle);
