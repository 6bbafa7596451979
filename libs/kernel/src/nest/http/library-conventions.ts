import { UseGuards, UsePipes, type Type } from '@nestjs/common';
import { EXCEPTION_FILTERS_METADATA } from '@nestjs/common/constants';
import { PolicyGuard } from '../auth/policy.guard';
import { HttpProblemFilter } from '../problem/http-problem.filter';
import { createValidationPipe } from '../problem/validation';

const conventional = new WeakSet<Type>();
const validationPipe = createValidationPipe();

/**
 * Gives a library's controllers the conventions they rely on, so that they work in any Nest
 * application, with or without `HttpConventionsModule`: `@Authorize` policies checked against
 * `request.actor` (PolicyGuard), DTOs validated and transformed (the kernel's validation pipe),
 * and problem+json for kernel errors, HTTP exceptions and anything unexpected (HttpProblemFilter,
 * consulted after the controller's own library filter). Scoped to these controllers: the
 * application's other routes keep their own guards, pipes and filters.
 */
export function withLibraryConventions(controllers: Type[]): Type[] {
  for (const controller of controllers) {
    if (conventional.has(controller)) continue;
    conventional.add(controller);
    UseGuards(PolicyGuard)(controller);
    UsePipes(validationPipe)(controller);
    // Nest consults a controller's filters last-declared first: the library's own filter must
    // come after the catch-all to be asked first.
    const own: unknown[] = Reflect.getMetadata(EXCEPTION_FILTERS_METADATA, controller) ?? [];
    Reflect.defineMetadata(EXCEPTION_FILTERS_METADATA, [HttpProblemFilter, ...own], controller);
  }
  return controllers;
}
