import { HttpException } from '@nestjs/common';
import type { FieldViolation } from '../../domain/domain-error';

export interface ProblemInit {
  status: number;
  code: string;
  title: string;
  detail?: string;
  errors?: FieldViolation[];
  extensions?: Record<string, unknown>;
}

/** An HTTP error that already knows its problem+json body; thrown by the HTTP layer itself. */
export class ProblemException extends HttpException {
  constructor(readonly problem: ProblemInit) {
    super(problem.title, problem.status);
  }
}
