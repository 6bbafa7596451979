import { Body, Controller, Inject, Post, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IsString, MaxLength } from 'class-validator';
import request from 'supertest';
import { createTestDatabase, type TestDatabase } from '@lavterskel/dev-postgres';
import { fixedClock } from '../../domain/clock';
import type { EntityManagerAccessor } from '../../persistence/entity-manager-accessor';
import { kernelPersistence } from '../../persistence/kernel-persistence';
import { Authorize } from '../auth/auth.decorators';
import { signDevelopmentToken } from '../auth/development-token';
import { Policies } from '../auth/policy';
import { ExpiredRecordsPurger } from '../expiry/expired-records-purger';
import { HttpConventionsModule } from '../http-conventions.module';
import { KernelModule } from '../kernel.module';
import { ENTITY_MANAGER } from '../kernel.tokens';
import { Idempotent } from './idempotent.decorator';

const secret = 'idempotency-expiry-secret-long-enough-for-hs256';
const HOUR = 60 * 60 * 1000;

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
    const [row] = await this.manager().query(
      'INSERT INTO public.note (text) VALUES ($1) RETURNING id',
      [body.text],
    );
    return { id: row.id, text: body.text };
  }
}

describe('Idempotency records expire', () => {
  const clock = fixedClock('2026-03-02T08:00:00Z');
  let db: TestDatabase;
  let app: INestApplication;
  let token: string;

  beforeAll(async () => {
    db = await createTestDatabase({
      entities: [...kernelPersistence.entities],
      migrations: kernelPersistence.migrations,
    });
    await db.dataSource.query(
      'CREATE TABLE public.note (id serial PRIMARY KEY, text text NOT NULL)',
    );
    const moduleRef = await Test.createTestingModule({
      imports: [
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: db.url,
          entities: [...kernelPersistence.entities],
        }),
        // The timer is off: the test runs the purge itself.
        KernelModule.forRoot({
          clock,
          retention: { idempotencyTtlMs: 24 * HOUR, purgeIntervalMs: 0 },
        }),
        HttpConventionsModule.forRoot({ auth: { secret } }),
      ],
      controllers: [NotesController],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
    token = await signDevelopmentToken({
      secret,
      tenant: '4003',
      subject: 'nurse-anne',
      roles: ['staff'],
      expiresIn: '1h',
    });
  });
  afterAll(async () => {
    await app.close();
    await db.drop();
  });

  const post = (key: string, text: string) =>
    request(app.getHttpServer())
      .post('/notes')
      .set('Authorization', `Bearer ${token}`)
      .set('Idempotency-Key', key)
      .send({ text });
  const record = async (key: string) =>
    (
      (await db.dataSource.query(
        'SELECT created_at, expires_at, response_body FROM kernel.idempotency_record WHERE idempotency_key = $1',
        [key],
      )) as { created_at: Date; expires_at: Date; response_body: { id: number } | null }[]
    )[0];

  it('replays within the expiry and stores when the record expires', async () => {
    clock.set('2026-03-02T08:00:00Z');
    const first = await post('key-within-expiry', 'within').expect(201);
    clock.set('2026-03-03T07:59:59Z');
    const retry = await post('key-within-expiry', 'within').expect(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toEqual(first.body);
    expect(await record('key-within-expiry')).toMatchObject({
      created_at: new Date('2026-03-02T08:00:00Z'),
      expires_at: new Date('2026-03-03T08:00:00Z'),
    });
  });

  it('treats an expired key as new: no replay, a new record, even with another body', async () => {
    clock.set('2026-03-02T09:00:00Z');
    const first = await post('key-expired', 'before').expect(201);
    clock.set('2026-03-03T09:00:00Z'); // exactly at expiry: no longer replayed
    const again = await post('key-expired', 'after').expect(201);
    expect(again.headers['idempotent-replayed']).toBeUndefined();
    expect(again.body.id).not.toBe(first.body.id);
    expect(again.body.text).toBe('after');
    // The key now replays the new answer until its own expiry.
    const retry = await post('key-expired', 'after').expect(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toEqual(again.body);
    expect(await record('key-expired')).toMatchObject({
      expires_at: new Date('2026-03-04T09:00:00Z'),
      response_body: again.body,
    });
  });

  it('purges expired records with their bodies and keeps the rest', async () => {
    clock.set('2026-03-10T00:00:00Z');
    await post('key-old-record', 'old').expect(201);
    clock.set('2026-03-11T00:00:00Z');
    await post('key-fresh-record', 'fresh').expect(201);
    clock.set('2026-03-11T12:00:00Z');
    const result = await app.get(ExpiredRecordsPurger).runOnce();
    expect(result?.['"kernel"."idempotency_record"']).toBeGreaterThanOrEqual(1);
    expect(await record('key-old-record')).toBeUndefined();
    expect(await record('key-fresh-record')).toMatchObject({ response_body: { text: 'fresh' } });
  });
});
