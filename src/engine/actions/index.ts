// The registry: every action the engine accepts, one definition per file.
import type { ActionType } from '../types';
import { acknowledgeAlert } from './acknowledgeAlert';
import { advanceClock } from './advanceClock';
import { applyMitigation } from './applyMitigation';
import { assignRole } from './assignRole';
import { claimCommand } from './claimCommand';
import { declareSeverity } from './declareSeverity';
import { delegateTask } from './delegateTask';
import { facilitatorEnd } from './facilitatorEnd';
import { facilitatorFallback } from './facilitatorFallback';
import { facilitatorHint } from './facilitatorHint';
import { facilitatorInject } from './facilitatorInject';
import type { ActionDefinition } from './definition';
import { handOffCommand } from './handOffCommand';
import { investigate } from './investigate';
import { markMitigated } from './markMitigated';
import { pagePerson } from './pagePerson';
import { postMessage } from './postMessage';
import { resolveIncident } from './resolveIncident';
import { silenceAlert } from './silenceAlert';
import { workOnRootCause } from './workOnRootCause';

export const ACTIONS = {
  'clock/advanced': advanceClock,
  'command/claimed': claimCommand,
  'command/handedOff': handOffCommand,
  'role/assigned': assignRole,
  'task/delegated': delegateTask,
  'severity/declared': declareSeverity,
  'page/sent': pagePerson,
  'message/posted': postMessage,
  'investigation/started': investigate,
  'mitigation/applied': applyMitigation,
  'rootCause/worked': workOnRootCause,
  'alert/acknowledged': acknowledgeAlert,
  'alert/silenced': silenceAlert,
  'incident/mitigated': markMitigated,
  'incident/resolved': resolveIncident,
  'facilitator/injected': facilitatorInject,
  'facilitator/fallbackArmed': facilitatorFallback,
  'facilitator/hinted': facilitatorHint,
  'facilitator/ended': facilitatorEnd,
} satisfies { [T in ActionType]: ActionDefinition<T> };

export const ACTION_LIST: readonly ActionDefinition[] = Object.values(ACTIONS) as ActionDefinition[];

export function definitionOf<T extends ActionType>(type: T): ActionDefinition<T> {
  return ACTIONS[type] as unknown as ActionDefinition<T>;
}

export type { ActionDefinition, ActionCategory } from './definition';
