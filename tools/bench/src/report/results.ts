import type { Measurement } from '../load/measurement';
import type { RouteTrace, TracedStatement } from '../explain/trace-scenarios';
import type { BenchPlan } from './plan';

export interface ScenarioResult {
  id: string;
  title: string;
  sqlWork?: string;
  note?: string;
  api: Measurement[];
  sql: Measurement[];
  trace?: RouteTrace;
}

export interface GrowthResult {
  id: string;
  title: string;
  /** By municipality size (clients), ascending. */
  points: {
    clients: number;
    staff: number;
    api: Measurement;
    trace?: RouteTrace;
    /** Of the three statements slowest in the API's timing, the slowest under EXPLAIN ANALYZE. */
    slowest?: TracedStatement;
    explain?: string;
  }[];
}

export interface CrisisResult {
  clients: number;
  groups: number;
  /** Medians in ms, as the crisis-activation bench prints them. */
  cases: { case: string; medianMs: number; minMs: number; maxMs: number; runs: number }[];
  applyOverBound: number;
}

export interface BenchResults {
  date: string;
  machine: {
    cpus: number;
    cpu: string;
    node: string;
    postgres: string;
    database: string;
    loadAverage: number[];
  };
  plan: BenchPlan;
  seeds: { clients: number; staff: number; seconds: number; rows: Record<string, number> }[];
  scenarios: ScenarioResult[];
  growth: GrowthResult[];
  crisis?: CrisisResult;
  /** Remarks added afterwards with `--render … --remark`, shown at the top. */
  remarks?: string[];
  /** Phases that failed; the run went on without them. */
  problems: string[];
  seconds: number;
}
