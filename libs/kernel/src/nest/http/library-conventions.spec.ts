import {
  Body,
  Catch,
  Controller,
  Get,
  Injectable,
  Module,
  Post,
  UseFilters,
  type ArgumentsHost,
  type CanActivate,
  type ExceptionFilter,
  type ExecutionContext,
  type INestApplication,
} from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { IsInt, Min } from 'class-validator';
import request from 'supertest';
import type { Actor } from '../../domain/actor';
import type { TenantId } from '../../domain/tenant-id';
import { Authorize, CurrentActor } from '../auth/auth.decorators';
import { signDevelopmentToken } from '../auth/development-token';
import { Policies } from '../auth/policy';
import { HttpConventionsModule } from '../http-conventions.module';
import { withLibraryConventions } from './library-conventions';
import { UuidParam } from './uuid-param';

class CountDto {
  @IsInt()
  @Min(0)
  count!: number;

  doubled(): number {
    return this.count * 2;
  }
}

class LibraryError extends Error {}

@Catch(LibraryError)
class LibraryErrorFilter implements ExceptionFilter {
  catch(_error: LibraryError, host: ArgumentsHost): void {
    host.switchToHttp().getResponse().status(409).json({ code: 'library.conflict' });
  }
}

@Controller('library')
@UseFilters(LibraryErrorFilter)
class LibraryController {
  @Post('count')
  @Authorize(Policies.anyRole('staff'))
  count(@CurrentActor() actor: Actor, @Body() body: CountDto) {
    return { subject: actor.subject, doubled: body.doubled() };
  }

  @Get('things/:id')
  @Authorize(Policies.anyRole('staff'))
  thing(@UuidParam('id') id: string) {
    return { id };
  }

  @Get('conflict')
  @Authorize(Policies.anyRole('staff'))
  conflict() {
    throw new LibraryError('taken');
  }

  @Get('undeclared')
  undeclared() {
    return { leaked: true };
  }
}

withLibraryConventions([LibraryController]);

/** The host's route: its own conventions, untouched by the library's. */
@Controller('host')
class HostController {
  @Post('echo')
  echo(@Body() body: unknown) {
    return { body };
  }
}

/** The host's authentication: the actor named by a header. */
@Injectable()
class HostActorGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    const roles = request.headers['x-roles'];
    if (typeof roles === 'string') {
      const actor: Actor = {
        subject: 'nurse-anne',
        tenantId: '4003' as TenantId,
        roles: roles.split(','),
        teamIds: [],
      };
      request.actor = actor;
    }
    return true;
  }
}

@Module({
  controllers: [LibraryController, HostController],
  providers: [{ provide: APP_GUARD, useClass: HostActorGuard }],
})
class HostModule {}

async function start(imports: unknown[] = []): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({
    imports: [HostModule, ...(imports as [])],
  }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  await app.init();
  return app;
}

describe('a library controller in an application without HttpConventionsModule', () => {
  let app: INestApplication;
  beforeAll(async () => {
    app = await start();
  });
  afterAll(() => app.close());

  const asStaff = (call: request.Test) => call.set('X-Roles', 'staff');

  it('validates and transforms the body into its DTO', async () => {
    const response = await asStaff(request(app.getHttpServer()).post('/library/count')).send({
      count: 2,
    });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ subject: 'nurse-anne', doubled: 4 });
  });

  it('answers bad input with a 400 problem naming each field and rule', async () => {
    const response = await asStaff(request(app.getHttpServer()).post('/library/count')).send({
      count: -1,
      colour: 'blue',
    });
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'count', rule: 'min' }),
        expect.objectContaining({ field: 'colour', rule: 'unknown-property' }),
      ]),
    );
  });

  it('answers a malformed UUID with a 400 problem, not a 500', async () => {
    const response = await asStaff(request(app.getHttpServer()).get('/library/things/nope'));
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'id', rule: 'uuid' })]);
  });

  it('asks the library filter first, then the catch-all', async () => {
    const response = await asStaff(request(app.getHttpServer()).get('/library/conflict'));
    expect(response.status).toBe(409);
    expect(response.body).toEqual({ code: 'library.conflict' });
  });

  it('checks the declared policy against the actor the host set', async () => {
    const anonymous = await request(app.getHttpServer()).post('/library/count').send({ count: 1 });
    expect(anonymous.status).toBe(401);
    const wrongRole = await request(app.getHttpServer())
      .post('/library/count')
      .set('X-Roles', 'privacy-officer')
      .send({ count: 1 });
    expect(wrongRole.status).toBe(403);
    expect(wrongRole.body.code).toBe('auth.forbidden');
    const undeclared = await asStaff(request(app.getHttpServer()).get('/library/undeclared'));
    expect(undeclared.status).toBe(403);
    expect(undeclared.body.code).toBe('auth.no-policy');
  });

  it("leaves the host's own routes to the host", async () => {
    const response = await request(app.getHttpServer())
      .post('/host/echo')
      .send({ anything: 'goes' });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ body: { anything: 'goes' } });
  });
});

describe('a library controller with HttpConventionsModule as well', () => {
  it('works behind the global guard and pipe as well', async () => {
    const secret = 'a-test-secret-that-is-long-enough-for-hs256';
    const app = await start([HttpConventionsModule.forRoot({ auth: { secret } })]);
    try {
      const token = await signDevelopmentToken({
        secret,
        tenant: '4003',
        subject: 'nurse-anne',
        roles: ['staff'],
      });
      const response = await request(app.getHttpServer())
        .post('/library/count')
        .set('Authorization', `Bearer ${token}`)
        .send({ count: 3 });
      expect(response.status).toBe(201);
      expect(response.body).toEqual({ subject: 'nurse-anne', doubled: 6 });
    } finally {
      await app.close();
    }
  });
});
