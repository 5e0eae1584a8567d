// A doctrine pack holds every number the engine and the scorer use: severity table, cadences,
// windows, weights and penalties. Teams load their own; nothing scores from hard-coded numbers.
import { z } from 'zod';
import defaultPackData from './default-pack.json';
import { plainErrorMap, readYaml, zodProblems, type ScenarioProblem } from '../scenario/yaml-source';

const amount = z.number({ error: 'expected a number' }).nonnegative('expected a number of at least 0');
const minutes = amount.describe('minutes');
const positiveMinutes = z.number({ error: 'expected a number of minutes' }).positive('expected more than 0 minutes');

export const doctrinePackSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  severity: z.strictObject({
    levels: z
      .array(
        z.strictObject({
          level: z.number().int().min(1).max(4),
          name: z.string().min(1),
          label: z.string().min(1),
          impact: z.string().min(1),
          impactAtLeast: z.number().min(0).max(1).describe('share of users affected from which this level applies (read by bots and hints)'),
        }),
      )
      .length(4, 'expected the four levels SEV1 to SEV4'),
    majorAtOrAbove: z.number().int().min(1).max(4),
    declareWithinMinutes: positiveMinutes,
    raiseWithinMinutes: positiveMinutes.describe('time to raise severity after impact grows'),
    overPenaltyPerLevelMinute: amount,
    underPenaltyPerLevelMinute: amount,
    reassessWithinMinutes: positiveMinutes,
    stalePenalty: amount,
    debatePenalty: amount,
    undeclaredPenalty: amount,
    lateDeclarePenaltyPerMinute: amount,
  }),
  command: z.strictObject({
    claimWithinMinutes: positiveMinutes,
    neverClaimedPenalty: amount,
    minorNeverClaimedPenalty: amount,
    lateClaimPenaltyPerMinute: amount,
    handsOnPenalty: amount,
    handsOnPenaltyCap: amount,
    handoffWithoutAckPenalty: amount,
    leftWithoutHandoffPenalty: amount,
    shiftHandoffGraceMinutes: positiveMinutes,
    vagueAskPenalty: amount,
    noDelegationPenalty: amount,
    spanMax: z.number().int().positive(),
    spanPenalty: amount,
  }),
  mitigation: z.strictObject({
    rootCauseFirstPenaltyPerMinute: amount,
    rootCauseFirstPenaltyCap: amount,
    lateMitigationPenaltyPerMinute: amount,
    neverMitigatedPenalty: amount,
    userMinutesOverParPenalty: amount,
    parUserMinutesSlack: z.number().min(1, 'expected a factor of at least 1'),
    wipedEvidencePenalty: amount,
  }),
  blastRadius: z.strictObject({
    destructivePenalty: amount,
    untestedPenalty: amount,
    globalOverStagedPenalty: amount,
  }),
  escalation: z.strictObject({
    ackTimeoutMinutes: positiveMinutes,
    latePenaltyPerMinute: amount,
    earlyPenaltyPerMinute: amount,
    missedPenalty: amount,
    windowPenaltyCap: amount,
    executiveForLowSeverityPenalty: amount,
    needlessPagePenalty: amount,
    declareAfterMinutesUnsolved: positiveMinutes,
  }),
  signal: z.strictObject({
    cadenceMinutes: positiveMinutes,
    cadenceMinMinutes: positiveMinutes,
    firstUpdateMinutes: positiveMinutes,
    scopingUpdateMinutes: positiveMinutes,
    timeCalloutMinutes: positiveMinutes,
    sideThreadFromPeople: z.number().int().positive(),
    missedUpdatePenalty: amount,
    lateFirstUpdatePenalty: amount,
    lateScopingUpdatePenalty: amount,
    tooFrequentPenalty: amount,
    updateShapePenalty: amount,
    promisedEtaPenalty: amount,
    speculationPenalty: amount,
    speculationPenaltyCap: amount,
    signalRatioTarget: z.number().min(0).max(1),
    signalRatioMinMessages: z.number().int().positive(),
    signalRatioPenalty: amount,
    silencedCausePenalty: amount,
  }),
  weights: z.strictObject({
    mitigation: amount,
    command: amount,
    escalation: amount,
    severity: amount,
    signal: amount,
    blastRadius: amount,
  }),
  ladder: z.strictObject({ shadow: minutes, scribe: minutes, deputy: minutes, ic: minutes }).describe('pass mark (0-100) per level'),
});

export type DoctrinePack = z.output<typeof doctrinePackSchema>;
export type Dimension = keyof DoctrinePack['weights'];
export const DIMENSIONS: readonly Dimension[] = ['mitigation', 'command', 'escalation', 'severity', 'signal', 'blastRadius'];

export const DEFAULT_DOCTRINE: DoctrinePack = doctrinePackSchema.parse(defaultPackData);

export type PackResult = { ok: true; pack: DoctrinePack } | { ok: false; errors: ScenarioProblem[] };

/** Reads a team's pack (YAML or JSON). Never throws. */
export function parseDoctrinePack(source: string, file: string): PackResult {
  const read = readYaml(source, file);
  if (!read.ok) return read;
  const parsed = doctrinePackSchema.safeParse(read.data, { error: plainErrorMap });
  if (!parsed.success) return { ok: false, errors: zodProblems(parsed.error.issues, file, read.locate) };
  const total = Object.values(parsed.data.weights).reduce((a, b) => a + b, 0);
  if (total <= 0) return { ok: false, errors: [{ file, ...read.locate(['weights']), path: 'weights', message: 'expected at least one weight above 0' }] };
  return { ok: true, pack: parsed.data };
}

export const minutesToSeconds = (value: number): number => Math.round(value * 60);
