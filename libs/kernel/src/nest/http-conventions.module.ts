import {
  Module,
  type DynamicModule,
  type MiddlewareConsumer,
  type NestModule,
} from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import type { AuthOptions } from './auth/auth-options';
import { AuthGuard } from './auth/auth.guard';
import { JwtActorVerifier } from './auth/jwt-actor-verifier';
import { HttpProblemFilter } from './problem/http-problem.filter';
import { InputBoundsMiddleware } from './problem/input-bounds.middleware';
import { createValidationPipe } from './problem/validation';

export interface HttpConventionsOptions {
  auth: AuthOptions;
}

/**
 * The reference API's HTTP conventions as global providers: bearer-token auth with a
 * declared policy on every route, strict validation, and problem+json errors.
 * An application with its own auth leaves this out and sets `request.actor` itself.
 */
@Module({})
export class HttpConventionsModule implements NestModule {
  static forRoot(options: HttpConventionsOptions): DynamicModule {
    return {
      module: HttpConventionsModule,
      providers: [
        { provide: JwtActorVerifier, useValue: new JwtActorVerifier(options.auth) },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: HttpProblemFilter },
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(InputBoundsMiddleware).forRoutes('*');
  }
}
