/**
 * Port: runs `work` in one database transaction; nested calls join the outer one,
 * so operations of different libraries commit or roll back together.
 */
export interface UnitOfWork {
  run<T>(work: () => Promise<T>): Promise<T>;
}
