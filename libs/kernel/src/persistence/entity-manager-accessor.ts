import type { EntityManager } from 'typeorm';

/**
 * How a repository reaches the database: returns the EntityManager of the transaction
 * in progress, or the DataSource's manager outside one. Repositories call it per query,
 * never cache the result, so that they always join the caller's transaction.
 */
export type EntityManagerAccessor = () => EntityManager;
