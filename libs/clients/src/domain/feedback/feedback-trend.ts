import {
  ORS_CLINICAL_CUTOFF,
  ORS_RELIABLE_DROP,
  SRS_ALLIANCE_CUTOFF,
  totalOf,
  type SessionFeedback,
} from './session-feedback';

export const FEEDBACK_ALERTS = [
  'ors-below-clinical-cutoff',
  'ors-reliable-drop',
  'srs-alliance-attention',
] as const;
export type FeedbackAlertCode = (typeof FEEDBACK_ALERTS)[number];

export interface FeedbackAlert {
  readonly code: FeedbackAlertCode;
  readonly message: string;
}

export interface FeedbackPoint {
  readonly feedback: SessionFeedback;
  readonly orsTotal: number | null;
  readonly srsTotal: number | null;
}

export interface FeedbackTrend {
  /** Oldest session first. */
  readonly points: readonly FeedbackPoint[];
  readonly firstOrsTotal: number | null;
  readonly latestOrsTotal: number | null;
  /** Latest ORS total minus the first; null with fewer than two ORS forms. */
  readonly orsChange: number | null;
  readonly latestSrsTotal: number | null;
  /** What the latest forms say needs attention now. */
  readonly alerts: readonly FeedbackAlert[];
}

const round = (value: number) => Math.round(value * 10) / 10;

/** The client's trend and alerts from their feedback, in any order. */
export function feedbackTrend(feedback: readonly SessionFeedback[]): FeedbackTrend {
  const points = [...feedback]
    .sort((a, b) => a.sessionAt.getTime() - b.sessionAt.getTime() || a.id.localeCompare(b.id))
    .map((item) => ({
      feedback: item,
      orsTotal: item.ors ? totalOf(item.ors) : null,
      srsTotal: item.srs ? totalOf(item.srs) : null,
    }));
  const ors = points.flatMap((point) => (point.orsTotal === null ? [] : [point.orsTotal]));
  const srs = points.flatMap((point) => (point.srsTotal === null ? [] : [point.srsTotal]));
  const firstOrsTotal = ors[0] ?? null;
  const latestOrsTotal = ors.at(-1) ?? null;
  const latestSrsTotal = srs.at(-1) ?? null;
  const orsChange =
    ors.length >= 2 && firstOrsTotal !== null && latestOrsTotal !== null
      ? round(latestOrsTotal - firstOrsTotal)
      : null;
  const alerts: FeedbackAlert[] = [];
  if (latestOrsTotal !== null && latestOrsTotal < ORS_CLINICAL_CUTOFF)
    alerts.push({
      code: 'ors-below-clinical-cutoff',
      message: `The latest ORS total ${latestOrsTotal} is below the clinical cut-off ${ORS_CLINICAL_CUTOFF}.`,
    });
  if (orsChange !== null && orsChange <= -ORS_RELIABLE_DROP)
    alerts.push({
      code: 'ors-reliable-drop',
      message: `The ORS total fell by ${-orsChange} from the first score (${firstOrsTotal}).`,
    });
  if (latestSrsTotal !== null && latestSrsTotal < SRS_ALLIANCE_CUTOFF)
    alerts.push({
      code: 'srs-alliance-attention',
      message: `The latest SRS total ${latestSrsTotal} is below ${SRS_ALLIANCE_CUTOFF}: talk about the alliance.`,
    });
  return { points, firstOrsTotal, latestOrsTotal, orsChange, latestSrsTotal, alerts };
}
