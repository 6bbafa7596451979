import { KernelErrorCode, fixedClock, newId } from '@lavterskel/kernel';
import { InMemoryCrisisRules } from '../testing/in-memory-crisis-rules';
import { LAR_TEAM, aService } from '../testing/builders';
import { InMemoryServiceRepository } from '../testing/in-memory-catalogue';
import { InMemoryEnrolmentRepository } from '../testing/in-memory-enrolments';
import {
  InMemoryPartnerRepository,
  InMemoryReferralRepository,
  InMemoryReferralSharing,
} from '../testing/in-memory-referrals';
import {
  SKIEN,
  actor,
  careRelationsTo,
  directUnitOfWork,
  recordingAudit,
  registryOf,
} from '../testing/kernel-fakes';
import { ServicesErrorCode } from '../services-error';
import { AnswerReferral } from './answer-referral.use-case';
import { GetReferral } from './get-referral.use-case';
import { RespondToReferral } from './respond-to-referral.use-case';
import { SendReferral, type SendReferralInput } from './send-referral.use-case';
import { WithdrawReferral } from './withdraw-referral.use-case';

const ROP_TEAM = '1c7b6d2f-3a4e-4f60-9b0c-1d2e3f4a5b6c';

describe('referrals (SV-9) and the consent decision their sharing rests on (CO-2, CO-3)', () => {
  const clientId = newId();
  const ropNurse = actor({ teamIds: [ROP_TEAM] });
  const larNurse = actor({ subject: 'nurse-bo', teamIds: [LAR_TEAM] });

  const setup = () => {
    const services = new InMemoryServiceRepository();
    const rop = aService({ teamId: ROP_TEAM, name: 'ROP-teamet' });
    const lar = aService({ name: 'LAR-utdeling' });
    services.rows.push(rop, lar);
    const partners = new InMemoryPartnerRepository();
    const dps = {
      id: newId(),
      tenantId: SKIEN,
      name: 'DPS Skien',
      kind: 'dps' as const,
      organisationNumber: '983971636',
      phone: null,
      email: null,
      createdAt: new Date('2026-11-01T08:00:00Z'),
    };
    partners.rows.push(dps);
    const ports = {
      services,
      partners,
      referrals: new InMemoryReferralRepository(),
      referralSharing: new InMemoryReferralSharing(),
      enrolments: new InMemoryEnrolmentRepository(services),
      clientDirectory: registryOf(clientId),
      // The ROP nurse (nurse-anne) is the client's primary contact; the LAR team is not.
      careRelations: careRelationsTo(clientId),
      crisisRules: new InMemoryCrisisRules(),
      audit: recordingAudit(),
      unitOfWork: directUnitOfWork,
      clock: fixedClock('2026-11-23T09:00:00Z'),
    };
    const toDps = (overrides: Partial<SendReferralInput> = {}): SendReferralInput => ({
      actor: ropNurse,
      clientId,
      from: { kind: 'service', serviceId: rop.id },
      to: { kind: 'partner', partnerId: dps.id },
      reason: 'LAR assessment',
      urgency: 'urgent',
      categories: ['contact-details', 'lar-status'],
      purpose: 'treatment-coordination',
      ...overrides,
    });
    return { ports, rop, lar, dps, toDps, send: new SendReferral(ports) };
  };

  it('refuses the whole referral when one category is denied: nothing saved or disclosed, every decision asked', async () => {
    const { ports, send, toDps } = setup();
    ports.referralSharing.permit(clientId, 'contact-details');
    await expect(send.execute(toDps())).rejects.toMatchObject({
      code: ServicesErrorCode.SharingRefused,
      violations: [expect.objectContaining({ field: 'categories[1]', rule: 'no-consent' })],
      details: {
        decisions: [
          expect.objectContaining({ category: 'contact-details', permitted: true }),
          expect.objectContaining({ category: 'lar-status', permitted: false }),
        ],
      },
    });
    expect(ports.referrals.rows).toEqual([]);
    expect(ports.referralSharing.decisions).toHaveLength(2);
    expect(ports.referralSharing.disclosures).toEqual([]);
    expect(ports.audit.entries).toEqual([]);
  });

  it('sends when every category may be shared, logging one disclosure per category, due by urgency', async () => {
    const { ports, send, toDps, dps } = setup();
    ports.referralSharing.permit(clientId, 'contact-details', 'lar-status');
    const referral = await send.execute(toDps());
    expect(referral).toMatchObject({ status: 'sent', dueOn: '2026-11-30', version: 1 });
    expect(ports.referralSharing.decisions.map((d) => d.question.recipient)).toEqual([
      { kind: 'partner', organisationNumber: dps.organisationNumber, name: 'DPS Skien' },
      { kind: 'partner', organisationNumber: dps.organisationNumber, name: 'DPS Skien' },
    ]);
    expect(ports.referralSharing.disclosures.map((d) => d.decisionId)).toEqual([
      'decision-1',
      'decision-2',
    ]);
    expect(ports.referrals.changes).toEqual([
      expect.objectContaining({ version: 1, status: 'sent' }),
    ]);
    expect(ports.audit.entries).toEqual([
      expect.objectContaining({ action: 'create', resourceType: 'referral', clientId }),
    ]);
  });

  it('asks consent for a municipal receiver too, naming the service', async () => {
    const { ports, send, toDps, lar } = setup();
    ports.referralSharing.permit(clientId, 'lar-status');
    await send.execute(
      toDps({
        to: { kind: 'service', serviceId: lar.id },
        categories: ['lar-status'],
        urgency: 'emergency',
      }),
    );
    expect(ports.referralSharing.decisions[0]?.question.recipient).toEqual({
      kind: 'service',
      serviceId: lar.id,
      name: 'LAR-utdeling',
    });
    expect(ports.referrals.rows[0]?.dueOn).toBe('2026-11-24');
  });

  it('records a partner’s referral into a service without a sharing decision: nothing leaves the municipality', async () => {
    const { ports, send, toDps, lar, dps } = setup();
    const referral = await send.execute(
      toDps({
        actor: larNurse,
        from: { kind: 'partner', partnerId: dps.id },
        to: { kind: 'service', serviceId: lar.id },
        urgency: 'routine',
      }),
    );
    expect(referral.dueOn).toBe('2026-12-21');
    expect(ports.referralSharing.decisions).toEqual([]);
  });

  it('refuses a sender outside the sending service’s team, and one without need-to-know, before any decision', async () => {
    const { ports, send, toDps } = setup();
    await expect(send.execute(toDps({ actor: larNurse }))).rejects.toMatchObject({
      code: ServicesErrorCode.InvalidInput,
      violations: [expect.objectContaining({ field: 'from.serviceId', rule: 'own-team' })],
    });
    const teamMate = actor({ subject: 'nurse-kari', teamIds: [ROP_TEAM] });
    await expect(send.execute(toDps({ actor: teamMate }))).rejects.toMatchObject({
      code: KernelErrorCode.NotFound,
    });
    expect(ports.referralSharing.decisions).toEqual([]);
  });

  it('names every broken rule of the request at once', async () => {
    const { send, toDps, rop } = setup();
    await expect(
      send.execute(
        toDps({
          reason: ' ',
          urgency: 'soon' as 'urgent',
          categories: ['lar-status', 'lar-status', 'horoscope'],
          to: { kind: 'service', serviceId: rop.id },
          dueOn: '2026-11-22',
        }),
      ),
    ).rejects.toMatchObject({
      violations: [
        expect.objectContaining({ field: 'reason', rule: 'not-blank' }),
        expect.objectContaining({ field: 'urgency', rule: 'one-of' }),
        expect.objectContaining({ field: 'dueOn', rule: 'not-in-past' }),
        expect.objectContaining({ field: 'to', rule: 'not-sender' }),
        expect.objectContaining({ field: 'categories[1]', rule: 'unique' }),
        expect.objectContaining({ field: 'categories[2]', rule: 'known-category' }),
      ],
    });
  });

  describe('the receiver’s answer', () => {
    const sentToLar = async () => {
      const context = setup();
      context.ports.referralSharing.permit(clientId, 'lar-status');
      const referral = await context.send.execute(
        context.toDps({
          to: { kind: 'service', serviceId: context.lar.id },
          categories: ['lar-status'],
        }),
      );
      return { ...context, referral, answer: new AnswerReferral(context.ports) };
    };

    it('lets only the receiving team answer; the referral is their need-to-know to enrol the client', async () => {
      const { ports, referral, answer, lar } = await sentToLar();
      const accept = {
        referralId: referral.id,
        expectedVersion: 1,
        answer: 'accept' as const,
        enrol: {},
      };
      await expect(answer.execute({ ...accept, actor: ropNurse })).rejects.toMatchObject({
        code: KernelErrorCode.NotFound,
      });
      const accepted = await answer.execute({ ...accept, actor: larNurse });
      expect(accepted).toMatchObject({ status: 'accepted', version: 2 });
      expect(ports.enrolments.rows).toEqual([
        expect.objectContaining({ id: accepted.enrolmentId, serviceId: lar.id, clientId }),
      ]);
      expect(ports.referrals.changes.map((c) => c.status)).toEqual(['sent', 'accepted']);
    });

    it('keeps the enrolment rules: a crisis level that closes the service refuses the acceptance, and nothing changes', async () => {
      const { ports, referral, answer } = await sentToLar();
      ports.crisisRules.refuse('enrolment', 'no-new-enrolments');
      await expect(
        answer.execute({
          actor: larNurse,
          referralId: referral.id,
          expectedVersion: 1,
          answer: 'accept',
          enrol: {},
        }),
      ).rejects.toMatchObject({ code: ServicesErrorCode.RefusedByCrisisPolicy });
      expect(ports.referrals.rows[0]?.status).toBe('sent');
      expect(ports.enrolments.rows).toEqual([]);
    });

    it('needs a reason to reject and a question to ask; the sender answers and it can be decided again', async () => {
      const { ports, referral, answer } = await sentToLar();
      const base = { actor: larNurse, referralId: referral.id, expectedVersion: 1 };
      await expect(answer.execute({ ...base, answer: 'reject' })).rejects.toMatchObject({
        violations: [expect.objectContaining({ field: 'reason', rule: 'required' })],
      });
      await expect(
        answer.execute({ ...base, answer: 'request-information', note: ' ' }),
      ).rejects.toMatchObject({
        violations: [expect.objectContaining({ field: 'question', rule: 'not-blank' })],
      });
      await answer.execute({ ...base, answer: 'request-information', note: 'Who prescribes?' });
      const respond = new RespondToReferral(ports);
      await expect(
        respond.execute({
          actor: larNurse,
          referralId: referral.id,
          expectedVersion: 2,
          answer: 'x',
        }),
      ).rejects.toMatchObject({ code: KernelErrorCode.NotFound });
      await respond.execute({
        actor: ropNurse,
        referralId: referral.id,
        expectedVersion: 2,
        answer: 'The DPS',
      });
      await expect(
        answer.execute({ ...base, answer: 'reject', note: 'Full' }),
      ).rejects.toMatchObject({
        code: KernelErrorCode.ConcurrentModification,
      });
      const rejected = await answer.execute({
        ...base,
        expectedVersion: 3,
        answer: 'reject',
        note: 'Full',
      });
      expect(rejected).toMatchObject({ status: 'rejected', statusNote: 'Full' });
      await expect(
        new WithdrawReferral(ports).execute({
          actor: ropNurse,
          referralId: referral.id,
          expectedVersion: 4,
          reason: 'Too late',
        }),
      ).rejects.toMatchObject({ code: ServicesErrorCode.InvalidStateTransition });
      const { history } = await new GetReferral(ports).execute({
        actor: larNurse,
        referralId: referral.id,
      });
      expect(history.map((h) => [h.version, h.status, h.note])).toEqual([
        [1, 'sent', null],
        [2, 'information-requested', 'Who prescribes?'],
        [3, 'resubmitted', 'The DPS'],
        [4, 'rejected', 'Full'],
      ]);
    });

    it('hides the referral from another team without a care relation', async () => {
      const { ports, referral } = await sentToLar();
      await expect(
        new GetReferral(ports).execute({
          actor: actor({ subject: 'coach-ola', teamIds: [newId()] }),
          referralId: referral.id,
        }),
      ).rejects.toMatchObject({ code: KernelErrorCode.NotFound });
    });
  });
});
