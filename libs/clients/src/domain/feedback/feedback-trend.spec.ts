import fc from 'fast-check';
import { feedbackTrend } from './feedback-trend';
import { totalOf, type OrsScores, type SessionFeedback, type SrsScores } from './session-feedback';
import { validateFeedback } from './validate-feedback';
import { Violations } from '../shared/violations';

let sequence = 0;
function session(day: number, forms: { ors?: OrsScores; srs?: SrsScores }): SessionFeedback {
  sequence += 1;
  return {
    id: `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
    clientId: 'c',
    encounterId: `e${sequence}`,
    serviceId: null,
    sessionAt: new Date(Date.UTC(2026, 10, day, 9)),
    ors: forms.ors ?? null,
    srs: forms.srs ?? null,
    recordedBy: 'nurse-anne',
    recordedAt: new Date(Date.UTC(2026, 10, day, 10)),
  };
}
const ors = (each: number): OrsScores => ({
  individually: each,
  interpersonally: each,
  socially: each,
  overall: each,
});
const srs = (each: number): SrsScores => ({
  relationship: each,
  goalsAndTopics: each,
  approachOrMethod: each,
  overall: each,
});
const codes = (items: readonly SessionFeedback[]) =>
  feedbackTrend(items).alerts.map((alert) => alert.code);

describe('KOR/FIT trend and alerts', () => {
  it('orders sessions by time, whatever order they come in, and measures change from the first ORS', () => {
    const trend = feedbackTrend([
      session(16, { ors: ors(7) }),
      session(2, { ors: ors(5) }),
      session(9, { srs: srs(9) }),
    ]);
    expect(trend.points.map((point) => point.feedback.sessionAt.getUTCDate())).toEqual([2, 9, 16]);
    expect(trend).toMatchObject({
      firstOrsTotal: 20,
      latestOrsTotal: 28,
      orsChange: 8,
      latestSrsTotal: 36,
    });
    expect(trend.alerts).toEqual([]);
  });

  it('alerts below the clinical cut-off (25), not at it', () => {
    expect(codes([session(1, { ors: ors(6.2) })])).toEqual(['ors-below-clinical-cutoff']);
    expect(
      codes([
        session(1, {
          ors: { individually: 6.2, interpersonally: 6.3, socially: 6.2, overall: 6.3 },
        }),
      ]),
    ).toEqual([]);
  });

  it('alerts on a drop of 5 or more from the first ORS, not on 4.9', () => {
    expect(codes([session(1, { ors: ors(9) }), session(2, { ors: ors(7.75) })])).toEqual([
      'ors-reliable-drop',
    ]);
    expect(
      codes([session(1, { ors: ors(9) }), session(2, { ors: { ...ors(7.8), overall: 7.9 } })]),
    ).toEqual([]);
  });

  it('asks for attention to the alliance when the latest SRS is under 36', () => {
    expect(codes([session(1, { srs: srs(8.9) })])).toEqual(['srs-alliance-attention']);
    expect(codes([session(1, { srs: srs(8.9) }), session(2, { srs: srs(9) })])).toEqual([]);
  });

  it('has no change and no alert without forms', () => {
    expect(feedbackTrend([])).toMatchObject({ points: [], orsChange: null, alerts: [] });
  });

  it('keeps totals within 0–40 and the change equal to latest − first (property)', () => {
    const score = fc.integer({ min: 0, max: 100 }).map((tenths) => tenths / 10);
    const form = fc
      .tuple(score, score, score, score)
      .map(([a, b, c, d]) => ({ individually: a, interpersonally: b, socially: c, overall: d }));
    fc.assert(
      fc.property(fc.array(form, { minLength: 2, maxLength: 12 }), (forms) => {
        const trend = feedbackTrend(forms.map((scores, day) => session(day + 1, { ors: scores })));
        for (const point of trend.points) {
          expect(point.orsTotal).toBeGreaterThanOrEqual(0);
          expect(point.orsTotal).toBeLessThanOrEqual(40);
        }
        const [first, last] = [forms[0], forms.at(-1)].map((scores) => totalOf(scores ?? {}));
        expect(trend.orsChange).toBeCloseTo((last ?? 0) - (first ?? 0), 5);
      }),
    );
  });
});

describe('validateFeedback', () => {
  it('accepts one decimal on every scale and names each broken scale', () => {
    const violations = new Violations();
    const forms = validateFeedback(
      {
        ors: { individually: 10, interpersonally: 0, socially: 3.3, overall: 0.1 },
        srs: { relationship: 10.5, goalsAndTopics: 2.25 },
      },
      violations,
    );
    expect(forms.ors).toEqual({
      individually: 10,
      interpersonally: 0,
      socially: 3.3,
      overall: 0.1,
    });
    expect(violations.list.map((v) => v.field)).toEqual([
      'srs.relationship',
      'srs.goalsAndTopics',
      'srs.approachOrMethod',
      'srs.overall',
    ]);
    expect(violations.list.every((v) => v.rule === 'score-0-to-10')).toBe(true);
  });

  it('needs an ORS or an SRS', () => {
    const violations = new Violations();
    validateFeedback({}, violations);
    expect(violations.list).toEqual([
      expect.objectContaining({ field: 'ors', rule: 'ors-or-srs' }),
    ]);
  });
});
