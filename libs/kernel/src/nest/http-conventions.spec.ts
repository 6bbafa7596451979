import { Body, Controller, Get, Post, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { IsInt, Min } from 'class-validator';
import request from 'supertest';
import type { Actor } from '../domain/actor';
import { KernelError, KernelErrorCode } from '../domain/kernel-error';
import { Authorize, CurrentActor, Public } from './auth/auth.decorators';
import { signDevelopmentToken } from './auth/development-token';
import { Policies } from './auth/policy';
import { HttpConventionsModule } from './http-conventions.module';

const secret = 'a-test-secret-that-is-long-enough-for-hs256';

class CountDto {
  @IsInt()
  @Min(0)
  count!: number;
}

@Controller('probe')
class ProbeController {
  @Get('open')
  @Public()
  open() {
    return { open: true };
  }

  @Get('undeclared')
  undeclared() {
    return { leaked: true };
  }

  @Get('staff')
  @Authorize(Policies.anyRole('staff'))
  staff(@CurrentActor() actor: Actor) {
    return { subject: actor.subject, tenantId: actor.tenantId };
  }

  @Post('count')
  @Authorize(Policies.anyRole('staff'))
  count(@Body() body: CountDto) {
    return body;
  }

  @Get('kernel-error')
  @Authorize(Policies.anyRole('staff'))
  kernelError() {
    throw new KernelError(KernelErrorCode.InvalidCursor, 'bad cursor', [{ field: 'cursor', rule: 'cursor', message: 'no' }]);
  }

  @Get('crash')
  @Authorize(Policies.anyRole('staff'))
  crash() {
    throw new Error('secret internals at /srv/db');
  }
}

describe('HTTP conventions', () => {
  let app: INestApplication;
  const token = (roles: string[], key = secret) => signDevelopmentToken({ secret: key, tenant: '4003', subject: 'anne', roles });

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [HttpConventionsModule.forRoot({ auth: { secret } })],
      controllers: [ProbeController],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
  });
  afterAll(() => app.close());

  const get = (path: string) => request(app.getHttpServer()).get(path);

  it('lets anyone call a public route', async () => {
    await get('/probe/open').expect(200, { open: true });
  });

  it('answers 401 problem+json without a token, and with a token signed by another key', async () => {
    const missing = await get('/probe/staff').expect(401);
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(missing.headers['www-authenticate']).toBe('Bearer');
    expect(missing.body).toMatchObject({ status: 401, code: 'auth.missing-token', type: 'urn:lavterskel:problem:auth.missing-token' });

    const forged = await get('/probe/staff').set('Authorization', `Bearer ${await token(['staff'], 'another-secret-that-is-long-enough-too')}`).expect(401);
    expect(forged.body.code).toBe('auth.invalid-token');
  });

  it('denies a route that declares no policy, even to a valid token', async () => {
    const response = await get('/probe/undeclared').set('Authorization', `Bearer ${await token(['staff', 'team-lead'])}`).expect(403);
    expect(response.body).toMatchObject({ code: 'auth.no-policy' });
    expect(response.body.leaked).toBeUndefined();
  });

  it('checks the policy, and gives the handler the actor from the token', async () => {
    await get('/probe/staff').set('Authorization', `Bearer ${await token(['relative'])}`).expect(403);
    await get('/probe/staff')
      .set('Authorization', `Bearer ${await token(['staff'])}`)
      .expect(200, { subject: 'anne', tenantId: '4003' });
  });

  it('answers 400 naming each field and rule, and refuses unknown properties', async () => {
    const response = await request(app.getHttpServer())
      .post('/probe/count')
      .set('Authorization', `Bearer ${await token(['staff'])}`)
      .send({ count: -1, extra: true })
      .expect(400);
    expect(response.body.code).toBe('validation-failed');
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'count', rule: 'min' }),
        expect.objectContaining({ field: 'extra', rule: 'unknown-property' }),
      ]),
    );
  });

  it('maps kernel errors to their status and fields', async () => {
    const response = await get('/probe/kernel-error').set('Authorization', `Bearer ${await token(['staff'])}`).expect(400);
    expect(response.body).toMatchObject({ code: 'kernel.invalid-cursor', errors: [{ field: 'cursor' }] });
  });

  it('answers an unexpected error with a generic 500 and no internals', async () => {
    const response = await get('/probe/crash').set('Authorization', `Bearer ${await token(['staff'])}`).expect(500);
    expect(response.body).toMatchObject({ status: 500, code: 'internal-error' });
    expect(JSON.stringify(response.body)).not.toMatch(/secret internals|\/srv\/db|at /);
  });
});
