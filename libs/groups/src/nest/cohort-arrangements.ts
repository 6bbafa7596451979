import { Injectable } from '@nestjs/common';
import {
  ApplyCohortSizeUseCase,
  type ApplyCohortSizeInput,
  type CohortSizeApplied,
} from '../domain/apply-cohort-size.use-case';
import {
  PreviewCohortSizeUseCase,
  type CohortSizePreview,
  type PreviewCohortSizeInput,
} from '../domain/preview-cohort-size.use-case';
import {
  RestoreArrangementUseCase,
  type ArrangementRestored,
  type RestoreArrangementInput,
} from '../domain/restore-arrangement.use-case';

/**
 * GR-4 for other modules (crisis mode): apply a cohort size to every group of the municipality
 * (or of some services) and restore it later by the same reference. Both join the caller's
 * transaction (`UnitOfWork`), so they commit or roll back with the caller's other effects.
 */
@Injectable()
export class CohortArrangements {
  constructor(
    private readonly applyCohortSize: ApplyCohortSizeUseCase,
    private readonly restoreArrangement: RestoreArrangementUseCase,
    private readonly previewCohortSize: PreviewCohortSizeUseCase,
  ) {}

  /** What `apply` would do, without writing anything (a crisis dry run). */
  preview(input: PreviewCohortSizeInput): Promise<CohortSizePreview> {
    return this.previewCohortSize.execute(input);
  }

  /** Re-cohorts every group in scope to at most `maxSize`; the result lists who got no seat. */
  apply(input: ApplyCohortSizeInput): Promise<CohortSizeApplied> {
    return this.applyCohortSize.execute(input);
  }

  /** Gives every group under the arrangement `reference` its previous cohorts and seats back. */
  restore(input: RestoreArrangementInput): Promise<ArrangementRestored> {
    return this.restoreArrangement.execute(input);
  }
}
