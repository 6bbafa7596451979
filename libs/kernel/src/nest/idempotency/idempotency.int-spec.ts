import { Body, Controller, Get, Inject, Post, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IsString, MaxLength } from 'class-validator';
import request from 'supertest';
import { createTestDatabase, type TestDatabase } from '@lavterskel/dev-postgres';
import type { EntityManagerAccessor } from '../../persistence/entity-manager-accessor';
import { kernelPersistence } from '../../persistence/kernel-persistence';
import { Authorize } from '../auth/auth.decorators';
import { signDevelopmentToken } from '../auth/development-token';
import { Policies } from '../auth/policy';
import { HttpConventionsModule } from '../http-conventions.module';
import { BreakGlassReason, IfMatchVersion } from '../http/request-headers.decorators';
import { KernelModule } from '../kernel.module';
import { ENTITY_MANAGER } from '../kernel.tokens';
import { Idempotent } from './idempotent.decorator';

const secret = 'idempotency-test-secret-long-enough-for-hs256';

class NoteDto {
  @IsString()
  @MaxLength(50)
  text!: string;
}

@Controller('notes')
@Authorize(Policies.anyRole('staff'))
class NotesController {
  constructor(@Inject(ENTITY_MANAGER) private readonly manager: EntityManagerAccessor) {}

  @Post()
  @Idempotent()
  async create(@Body() body: NoteDto): Promise<{ id: number; text: string }> {
    if (body.text === 'fail') throw new Error('the write failed after inserting');
    const [row] = await this.manager().query('INSERT INTO public.note (text) VALUES ($1) RETURNING id', [body.text]);
    // Widen the race window so concurrent retries really overlap.
    await this.manager().query('SELECT pg_sleep(0.05)');
    return { id: row.id, text: body.text };
  }

  @Get('version')
  version(@IfMatchVersion() version: number, @BreakGlassReason() reason?: string) {
    return { version, reason: reason ?? null };
  }
}

describe('Idempotency-Key, If-Match and break-glass headers', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let token: string;

  beforeAll(async () => {
    db = await createTestDatabase({ entities: [...kernelPersistence.entities], migrations: kernelPersistence.migrations });
    await db.dataSource.query('CREATE TABLE public.note (id serial PRIMARY KEY, text text NOT NULL)');
    const moduleRef = await Test.createTestingModule({
      imports: [
        TypeOrmModule.forRoot({ type: 'postgres', url: db.url, entities: [...kernelPersistence.entities], poolSize: 30 }),
        KernelModule.forRoot(),
        HttpConventionsModule.forRoot({ auth: { secret } }),
      ],
      controllers: [NotesController],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
    token = await signDevelopmentToken({ secret, tenant: '4003', subject: 'nurse-anne', roles: ['staff'] });
  });
  afterAll(async () => {
    await app.close();
    await db.drop();
  });

  const post = (key: string | undefined, text: string, bearer = token) => {
    const call = request(app.getHttpServer()).post('/notes').set('Authorization', `Bearer ${bearer}`).send({ text });
    return key === undefined ? call : call.set('Idempotency-Key', key);
  };
  const notes = async (text: string) => Number((await db.dataSource.query('SELECT count(*) FROM public.note WHERE text = $1', [text]))[0].count);

  it('answers a retry with the first response instead of creating again', async () => {
    const first = await post('key-sequential-1', 'sequential').expect(201);
    const retry = await post('key-sequential-1', 'sequential').expect(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(await notes('sequential')).toBe(1);
  });

  it('creates exactly once when 20 retries arrive at the same time', async () => {
    const responses = await Promise.all(Array.from({ length: 20 }, () => post('key-concurrent-1', 'concurrent')));
    expect(responses.map((response) => response.status)).toEqual(Array(20).fill(201));
    expect(new Set(responses.map((response) => response.body.id)).size).toBe(1);
    expect(await notes('concurrent')).toBe(1);
  });

  it('refuses the same key with a different request (422) and changes nothing', async () => {
    await post('key-reused-1', 'original').expect(201);
    const reused = await post('key-reused-1', 'different').expect(422);
    expect(reused.body).toMatchObject({ code: 'kernel.idempotency-key-reused', errors: [{ field: 'Idempotency-Key' }] });
    expect(await notes('different')).toBe(0);
  });

  it('lets a failed request be retried: a failure keeps no claim on the key', async () => {
    await post('key-failing-1', 'fail').expect(500);
    await post('key-failing-1', 'fail').expect(500);
    expect(await db.dataSource.query(`SELECT 1 FROM kernel.idempotency_record WHERE idempotency_key = 'key-failing-1'`)).toEqual([]);
  });

  it("never replays another caller's response", async () => {
    const other = await signDevelopmentToken({ secret, tenant: '4003', subject: 'nurse-ola', roles: ['staff'] });
    const mine = await post('key-shared-1', 'mine').expect(201);
    const theirs = await post('key-shared-1', 'mine', other).expect(201);
    expect(theirs.body.id).not.toBe(mine.body.id);
  });

  it('works as a plain POST without a key, and refuses an unusable key', async () => {
    await post(undefined, 'no key').expect(201);
    await post(undefined, 'no key').expect(201);
    expect(await notes('no key')).toBe(2);
    const bad = await post('short', 'bad key').expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'Idempotency-Key', rule: 'idempotency-key' })]);
  });

  it('reads If-Match as a version: 428 without it, 412 for a foreign ETag', async () => {
    const get = (headers: Record<string, string>) =>
      request(app.getHttpServer()).get('/notes/version').set('Authorization', `Bearer ${token}`).set(headers);
    expect((await get({}).expect(428)).body.code).toBe('kernel.precondition-required');
    expect((await get({ 'If-Match': 'W/"1a-xyz"' }).expect(412)).body.code).toBe('kernel.concurrent-modification');
    await get({ 'If-Match': '"7"', 'X-Break-Glass-Reason': 'Unconscious client at the station' }).expect(200, {
      version: 7,
      reason: 'Unconscious client at the station',
    });
  });
});
