import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import {
  Inject,
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { from, lastValueFrom, type Observable } from 'rxjs';
import type { Actor } from '../../domain/actor';
import type { Clock } from '../../domain/clock';
import { KernelError, KernelErrorCode } from '../../domain/kernel-error';
import type { UnitOfWork } from '../../domain/unit-of-work';
import type { EntityManagerAccessor } from '../../persistence/entity-manager-accessor';
import { IdempotencyStore, type IdempotencyIdentity } from '../../persistence/idempotency-store';
import { AuditService } from '../audit/audit.service';
import { RECORD_RETENTION, type RecordRetention } from '../expiry/record-retention';
import { CLOCK, ENTITY_MANAGER, UNIT_OF_WORK } from '../kernel.tokens';
import { requestFingerprint } from './request-fingerprint';

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
const VALID_KEY = /^[\x21-\x7e]{8,255}$/;
/** Response headers a replay repeats. */
const REPLAYED_HEADERS = ['location', 'etag'];

interface HttpRequest {
  method: string;
  originalUrl: string;
  body: unknown;
  headers: Record<string, string | string[] | undefined>;
  actor?: Actor;
}
interface HttpResponse {
  getHeader(name: string): unknown;
  setHeader(name: string, value: string): void;
}

/**
 * Makes a creating POST safe to retry. The key is claimed in the same transaction as the
 * handler's writes, so a concurrent retry waits on it and then replays the stored answer;
 * a failed request leaves no claim, so its retry runs anew. A key expires after the
 * retention's `idempotencyTtlMs`; then it counts as new. Authenticated routes only.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly store: IdempotencyStore;

  constructor(
    private readonly reflector: Reflector,
    @Inject(ENTITY_MANAGER) manager: EntityManagerAccessor,
    @Inject(UNIT_OF_WORK) private readonly unitOfWork: UnitOfWork,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RECORD_RETENTION) private readonly retention: RecordRetention,
    private readonly audit: AuditService,
  ) {
    this.store = new IdempotencyStore(manager);
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<HttpRequest>();
    const key = request.headers[IDEMPOTENCY_KEY_HEADER.toLowerCase()];
    if (key === undefined || !request.actor) return next.handle();
    if (typeof key !== 'string' || !VALID_KEY.test(key)) {
      throw new KernelError(KernelErrorCode.InvalidId, 'The Idempotency-Key is not usable.', [
        {
          field: IDEMPOTENCY_KEY_HEADER,
          rule: 'idempotency-key',
          message: 'must be 8 to 255 visible ASCII characters, e.g. a UUID',
        },
      ]);
    }
    const response = context.switchToHttp().getResponse<HttpResponse>();
    const identity: IdempotencyIdentity = {
      tenantId: request.actor.tenantId,
      actorSubject: request.actor.subject,
      idempotencyKey: key,
    };
    const fingerprint = requestFingerprint(request.method, request.originalUrl, request.body);

    return from(
      this.unitOfWork.run(async () => {
        const at = this.clock.now();
        const expiresAt = new Date(at.getTime() + this.retention.idempotencyTtlMs);
        if (!(await this.store.claim(identity, fingerprint, { at, expiresAt }))) {
          return this.replay(identity, fingerprint, response);
        }
        // The handler's audit rows ride on the completing UPDATE, the transaction's last statement.
        return this.audit.holdRows(
          () => lastValueFrom(next.handle(), { defaultValue: undefined }),
          (body, auditRows) =>
            this.store.complete(identity, this.answer(context, response, body), auditRows),
        );
      }),
    );
  }

  /** What a retry is answered: the status, the body and the headers worth repeating. */
  private answer(context: ExecutionContext, response: HttpResponse, body: unknown) {
    return {
      status:
        this.reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler()) ?? 201,
      body: typeof body === 'object' && body !== null ? body : null,
      headers: Object.fromEntries(
        REPLAYED_HEADERS.flatMap((name) => {
          const value = response.getHeader(name);
          return typeof value === 'string' ? [[name, value]] : [];
        }),
      ),
    };
  }

  private async replay(
    identity: IdempotencyIdentity,
    fingerprint: string,
    response: HttpResponse,
  ): Promise<unknown> {
    const stored = await this.store.find(identity);
    if (stored.requestFingerprint !== fingerprint) {
      throw new KernelError(
        KernelErrorCode.IdempotencyKeyReused,
        'This Idempotency-Key was used for another request.',
        [
          {
            field: IDEMPOTENCY_KEY_HEADER,
            rule: 'same-request',
            message: 'was already used with a different request; use a new key',
          },
        ],
      );
    }
    for (const [name, value] of Object.entries(stored.headers)) response.setHeader(name, value);
    response.setHeader('Idempotent-Replayed', 'true');
    return stored.body;
  }
}
