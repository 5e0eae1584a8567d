// Actions arrive from untrusted places (saved games, replays, other seats): their shape is
// checked before any handler sees them.
import { z } from 'zod';
import { ALERT_SEVERITIES, INVESTIGATION_SOURCES, PLACES, injectConditionSchema, partialMetricsSchema } from '../../scenario/schema';
import { MESSAGE_KINDS, ROLES, type Action, type FacilitatorInject } from '../types';

const by = z.string().min(1).max(64).optional();
const personId = z.string().min(1).max(64);
const seconds = z.number().int().min(0).max(7 * 24 * 3600);
const rootCauseStep = z.enum(['deep-dive', 'write-patch', 'deploy-hotfix']);

const work = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('investigate'), source: z.enum(INVESTIGATION_SOURCES), service: personId }),
  z.strictObject({ kind: z.literal('mitigate'), mitigation: personId }),
  z.strictObject({ kind: z.literal('root-cause'), step: rootCauseStep, service: personId }),
]);

const fields = z.strictObject({
  impact: z.string().max(500).optional(),
  status: z.string().max(500).optional(),
  actions: z.string().max(500).optional(),
  next: seconds.optional(),
  eta: z.string().max(200).optional(),
});

/** What a facilitator may inject: a scenario's optional inject by id, or a free message, alert or metric shift. */
export const facilitatorInjectSchema: z.ZodType<FacilitatorInject> = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('scripted'), id: personId }),
  z.strictObject({ kind: z.literal('message'), from: personId, place: z.enum(PLACES), text: z.string().min(1).max(2_000) }),
  z.strictObject({ kind: z.literal('alert'), service: personId, severity: z.enum(ALERT_SEVERITIES), alertname: z.string().min(1).max(120), summary: z.string().min(1).max(500) }),
  z.strictObject({ kind: z.literal('metric-shift'), service: personId, baseline: partialMetricsSchema }),
]) as z.ZodType<FacilitatorInject>;

export const actionSchema: z.ZodType<Action> = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('clock/advanced'), seconds: z.number() }),
  z.strictObject({ type: z.literal('command/claimed'), by }),
  z.strictObject({ type: z.literal('command/handedOff'), by, to: personId }),
  z.strictObject({ type: z.literal('role/assigned'), by, role: z.enum(ROLES), to: personId }),
  z.strictObject({ type: z.literal('task/delegated'), by, to: personId, work, timebox: seconds.min(60) }),
  z.strictObject({ type: z.literal('severity/declared'), by, level: z.number().int().min(1).max(4) }),
  z.strictObject({ type: z.literal('page/sent'), by, to: personId }),
  z.strictObject({ type: z.literal('message/posted'), by, place: z.enum(PLACES), kind: z.enum(MESSAGE_KINDS), text: z.string().max(10_000), fields: fields.optional() }),
  z.strictObject({ type: z.literal('investigation/started'), by, source: z.enum(INVESTIGATION_SOURCES), service: personId }),
  z.strictObject({ type: z.literal('mitigation/applied'), by, mitigation: personId }),
  z.strictObject({ type: z.literal('rootCause/worked'), by, step: rootCauseStep, service: personId }),
  z.strictObject({ type: z.literal('alert/acknowledged'), by, alert: z.number().int().min(0), group: z.boolean().optional() }),
  z.strictObject({ type: z.literal('alert/silenced'), by, alert: z.number().int().min(0), seconds: z.number(), group: z.boolean().optional() }),
  z.strictObject({ type: z.literal('incident/mitigated'), by }),
  z.strictObject({ type: z.literal('incident/resolved'), by }),
  z.strictObject({ type: z.literal('facilitator/injected'), by, inject: facilitatorInjectSchema }),
  z.strictObject({ type: z.literal('facilitator/fallbackArmed'), by, inject: facilitatorInjectSchema, when: injectConditionSchema }),
  z.strictObject({ type: z.literal('facilitator/hinted'), by, to: personId, text: z.string().min(1).max(2_000) }),
  z.strictObject({ type: z.literal('facilitator/ended'), by }),
]) as z.ZodType<Action>;
