/** What one run measures: the full report, or the quick one CI runs so the scripts cannot rot. */
export interface BenchPlan {
  quick: boolean;
  /** Municipality sizes (clients), ascending; staff 1 per 50, groups 1 per 20. */
  sizes: number[];
  /** The size every scenario is measured at. */
  mainSize: number;
  contactsPerClient: number;
  connections: number[];
  /** The connections of the growth section. */
  growthConnections: number;
  seconds: number;
  warmupSeconds: number;
  /** The API's database pool (TypeORM's default for pg), and so the minimal SQL's. */
  poolSize: number;
  prescriptions: number;
  groups: number;
  /** Sequential requests per scenario in the SQL trace (statements per request, slowest statement). */
  tracedRequests: number;
  crisis: { clients: number; groups: number; staff: number; runs: number };
}

export const FULL: BenchPlan = {
  quick: false,
  sizes: [1_000, 10_000, 100_000],
  mainSize: 10_000,
  contactsPerClient: 20,
  connections: [1, 10, 50],
  growthConnections: 10,
  seconds: 5,
  warmupSeconds: 1,
  poolSize: Number(process.env['DATABASE_POOL_SIZE'] ?? 10),
  prescriptions: 400,
  groups: 150,
  tracedRequests: 40,
  crisis: { clients: 50_000, groups: 2_000, staff: 400, runs: 3 },
};

export const QUICK: BenchPlan = {
  ...FULL,
  quick: true,
  sizes: [200, 600],
  mainSize: 600,
  contactsPerClient: 2,
  connections: [10],
  seconds: 1.5,
  warmupSeconds: 0,
  prescriptions: 40,
  groups: 10,
  tracedRequests: 5,
  crisis: { clients: 2_000, groups: 80, staff: 40, runs: 1 },
};
