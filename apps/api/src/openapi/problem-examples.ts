import type { ArgumentsHost, ExceptionFilter, INestApplication, Type } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { STATUS_CODES } from 'node:http';
import { ClientsError, ClientsErrorCode } from '@lavterskel/clients';
import { ClientsErrorFilter, ClientsModule } from '@lavterskel/clients/nest';
import { ConsentError, ConsentErrorCode } from '@lavterskel/consent';
import { ConsentErrorFilter, ConsentModule } from '@lavterskel/consent/nest';
import { CrisisModeError, CrisisModeErrorCode } from '@lavterskel/crisis-mode';
import { CrisisModeErrorFilter, CrisisModeModule } from '@lavterskel/crisis-mode/nest';
import { GroupsError, GroupsErrorCode } from '@lavterskel/groups';
import { GroupsErrorFilter, GroupsModule } from '@lavterskel/groups/nest';
import { ServicesError, ServicesErrorCode } from '@lavterskel/services';
import { ServicesErrorFilter, ServicesModule } from '@lavterskel/services/nest';
import { kernelProblemCodes } from './kernel-problem-codes';

const PROBLEM_CONTENT_TYPE = 'application/problem+json';
/** Where @nestjs/swagger keeps `@ApiOperation` options on a route handler. */
const API_OPERATION_METADATA = 'swagger/apiOperation';

interface Library {
  module: Type;
  /** Every code the library's errors carry, with the status its filter answers for each. */
  codes: readonly { code: string; status: number }[];
}

const libraries: readonly Library[] = [
  library(
    ClientsModule,
    ClientsErrorFilter,
    (code) => new ClientsError(code, code),
    ClientsErrorCode,
  ),
  library(
    ConsentModule,
    ConsentErrorFilter,
    (code) => new ConsentError(code, code),
    ConsentErrorCode,
  ),
  library(
    CrisisModeModule,
    CrisisModeErrorFilter,
    (code) => new CrisisModeError(code, code),
    CrisisModeErrorCode,
  ),
  library(GroupsModule, GroupsErrorFilter, (code) => new GroupsError(code, code), GroupsErrorCode),
  library(
    ServicesModule,
    ServicesErrorFilter,
    (code) => new ServicesError(code, code),
    ServicesErrorCode,
  ),
];

/**
 * Gives every problem+json response of `document` one example per `code` the operation can
 * answer with that status: the kernel's (validation, authentication, not found, If-Match,
 * idempotency, rate limit) and those of the library whose controller serves it, as that
 * library's exception filter maps them.
 */
export function addProblemExamples(app: INestApplication, document: OpenAPIObject): void {
  const libraryOf = libraryByOperationId(app);
  for (const methods of Object.values(document.paths)) {
    for (const operation of Object.values(methods) as OperationLike[]) {
      if (!operation?.responses) continue;
      const library = operation.operationId ? libraryOf.get(operation.operationId) : undefined;
      for (const [status, response] of Object.entries(operation.responses)) {
        const media = response.content?.[PROBLEM_CONTENT_TYPE];
        if (!media) continue;
        const codes = [
          ...kernelProblemCodes(Number(status), operation.parameters ?? []),
          ...(library?.codes.filter((c) => c.status === Number(status)).map((c) => c.code) ?? []),
        ];
        media.examples = Object.fromEntries(
          codes.map((code) => [
            code,
            { summary: code, value: problemExample(Number(status), code) },
          ]),
        );
      }
    }
  }
}

interface OperationLike {
  operationId?: string;
  parameters?: readonly { name: string; in: string }[];
  requestBody?: unknown;
  responses?: Record<string, { content?: Record<string, { examples?: unknown }> }>;
}

function problemExample(status: number, code: string) {
  return {
    type: `urn:lavterskel:problem:${code}`,
    title: STATUS_CODES[status] ?? 'Error',
    status,
    code,
    ...(code === 'validation-failed' || code.endsWith('.invalid-input')
      ? {
          errors: [
            { field: 'validTo', rule: 'after-valid-from', message: 'must be after validFrom' },
          ],
        }
      : {}),
    requestId: '0b7f1c1e-3a53-4a52-9d0b-5f1f2e0c9a11',
  };
}

/** The library each operation belongs to, by the module that declares its controller. */
function libraryByOperationId(app: INestApplication): Map<string, Library> {
  const byOperationId = new Map<string, Library>();
  for (const module of app.get(ModulesContainer).values()) {
    const library = libraries.find((candidate) => candidate.module === module.metatype);
    if (!library) continue;
    for (const controller of module.controllers.values()) {
      const prototype = (controller.metatype as Type | null)?.prototype as object | undefined;
      if (!prototype) continue;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = (prototype as Record<string, unknown>)[name];
        if (typeof handler !== 'function') continue;
        const operation = Reflect.getMetadata(API_OPERATION_METADATA, handler) as
          { operationId?: string } | undefined;
        if (operation?.operationId) byOperationId.set(operation.operationId, library);
      }
    }
  }
  return byOperationId;
}

/** The status `filter` answers for each code, found by letting it handle an error of each. */
function library<C extends string>(
  module: Type,
  filter: Type<ExceptionFilter>,
  error: (code: C) => Error,
  codes: Record<string, C>,
): Library {
  return {
    module,
    codes: Object.values(codes).map((code) => ({ code, status: statusOf(filter, error(code)) })),
  };
}

function statusOf(filter: Type<ExceptionFilter>, error: Error): number {
  let status = 0;
  const response = {
    status(code: number) {
      status = code;
      return response;
    },
    setHeader: () => undefined,
    json: () => undefined,
  };
  const host = {
    switchToHttp: () => ({ getRequest: () => ({ url: '/' }), getResponse: () => response }),
  } as unknown as ArgumentsHost;
  new filter().catch(error, host);
  return status;
}
