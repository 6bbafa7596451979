import { identifiedClientDetails } from '../testing/client-details.builder';
import { inMemoryClients, staffActor } from '../testing/in-memory-clients';
import type { ApplicationForm } from './application-form';
import { CloseApplication } from './close-application.use-case';
import { ConvertApplication } from './convert-application.use-case';
import { SubmitApplication } from './submit-application.use-case';
import { TriageApplication } from './triage-application.use-case';

const form: ApplicationForm = {
  municipality: '4003',
  name: 'Tom',
  phone: '+47 900 00 000',
  meetingPlace: null,
  helpWanted: 'Jeg vil slutte å ruse meg',
  preferredLanguage: null,
  answers: { acuteDetox: false, pregnant: false, coercionConcern: false },
};

describe('simple application and intake (CL-2)', () => {
  const anne = staffActor('nurse-anne');

  it('receives an application without an account, in the municipality it names, audited', async () => {
    const deps = inMemoryClients();
    const application = await new SubmitApplication(deps).execute({
      ...form,
      answers: { ...form.answers, pregnant: true },
    });
    expect(application).toMatchObject({
      tenantId: '4003',
      status: 'received',
      urgent: true,
      receivedAt: deps.clock.now(),
      version: 1,
    });
    expect(deps.auditEntries).toEqual([
      expect.objectContaining({
        action: 'create',
        resourceType: 'application',
        actor: expect.objectContaining({ subject: 'public-application-form', tenantId: '4003' }),
      }),
    ]);
  });

  it('refuses a form without a way to reach the person, a municipality, or what they want', async () => {
    const deps = inMemoryClients();
    const attempt = new SubmitApplication(deps).execute({
      ...form,
      municipality: '',
      phone: null,
      helpWanted: ' ',
      name: 'x'.repeat(101),
    });
    await expect(attempt).rejects.toMatchObject({
      code: 'clients.invalid-input',
      violations: [
        expect.objectContaining({ field: 'municipality', rule: 'kommunenummer' }),
        expect.objectContaining({ field: 'helpWanted', rule: 'required' }),
        expect.objectContaining({ field: 'phone', rule: 'phone-or-meeting-place' }),
        expect.objectContaining({ field: 'name', rule: 'max-length' }),
      ],
    });
    expect(deps.applications.applications.size).toBe(0);
  });

  it('lets staff triage: their assessment decides urgency', async () => {
    const deps = inMemoryClients();
    const received = await new SubmitApplication(deps).execute({
      ...form,
      answers: { ...form.answers, acuteDetox: true },
    });
    const triaged = await new TriageApplication(deps).execute({
      actor: anne,
      applicationId: received.id,
      expectedVersion: 1,
      acuteDetox: false,
      pregnancy: false,
      coercionAssessment: true,
      note: 'Family worried; assess under §10-2',
    });
    expect(triaged).toMatchObject({
      status: 'triaged',
      urgent: true,
      version: 2,
      triage: { coercionAssessment: true, triagedBy: 'nurse-anne' },
    });
    await expect(
      new TriageApplication(deps).execute({
        actor: anne,
        applicationId: received.id,
        expectedVersion: 1,
        acuteDetox: false,
        pregnancy: false,
        coercionAssessment: false,
      }),
    ).rejects.toMatchObject({ code: 'kernel.concurrent-modification' });
  });

  it('converts into a client with the intake conversation, recording the first contact', async () => {
    const deps = inMemoryClients();
    const received = await new SubmitApplication(deps).execute(form);
    deps.clock.set('2026-11-23T13:30:00Z');
    const conversion = await new ConvertApplication(deps).execute({
      actor: anne,
      applicationId: received.id,
      client: { details: identifiedClientDetails() },
      intake: {
        occurredAt: new Date('2026-11-23T13:00:00Z'),
        channel: 'phone',
        durationMinutes: 40,
        topics: ['substance-use'],
        note: null,
      },
    });
    expect(conversion.client).toMatchObject({
      status: 'applicant',
      applicationId: received.id,
      primaryContact: 'nurse-anne',
    });
    expect(conversion.application).toMatchObject({
      status: 'converted',
      clientId: conversion.client.id,
      firstContactAt: new Date('2026-11-23T13:00:00Z'),
    });
    expect(conversion.intake).toMatchObject({
      intake: true,
      outcome: 'attended',
      channel: 'phone',
      clientId: conversion.client.id,
    });
    expect(deps.encounters.encounters).toHaveLength(1);

    const again = new ConvertApplication(deps).execute({
      actor: anne,
      applicationId: received.id,
      client: { details: identifiedClientDetails() },
      intake: {
        occurredAt: new Date('2026-11-23T13:00:00Z'),
        channel: 'office',
        durationMinutes: 30,
        topics: [],
        note: null,
      },
    });
    await expect(again).rejects.toMatchObject({
      code: 'clients.application-not-open',
      details: { status: 'converted' },
    });
    expect(deps.clients.clients.size).toBe(1);
  });

  it('refuses an intake before the application, in the future, or by a channel intake does not use', async () => {
    const deps = inMemoryClients();
    const received = await new SubmitApplication(deps).execute(form);
    const convert = (intake: { occurredAt: Date; channel: 'phone' }) =>
      new ConvertApplication(deps).execute({
        actor: anne,
        applicationId: received.id,
        client: { details: identifiedClientDetails() },
        intake: { ...intake, durationMinutes: 20, topics: [], note: null },
      });
    await expect(
      convert({ occurredAt: new Date('2026-11-23T08:00:00Z'), channel: 'phone' }),
    ).rejects.toMatchObject({
      violations: [
        expect.objectContaining({ field: 'intake.occurredAt', rule: 'after-application' }),
      ],
    });
    await expect(
      convert({ occurredAt: new Date('2026-11-24T08:00:00Z'), channel: 'phone' }),
    ).rejects.toMatchObject({
      violations: [expect.objectContaining({ field: 'intake.occurredAt', rule: 'not-in-future' })],
    });
    await expect(
      convert({ occurredAt: deps.clock.now(), channel: 'home-visit' as 'phone' }),
    ).rejects.toMatchObject({
      violations: [expect.objectContaining({ field: 'intake.channel', rule: 'intake-channel' })],
    });
    expect(deps.clients.clients.size).toBe(0);
  });

  it('closes an application that will not become a client; a closed one cannot change', async () => {
    const deps = inMemoryClients();
    const received = await new SubmitApplication(deps).execute(form);
    const closed = await new CloseApplication(deps).execute({
      actor: anne,
      applicationId: received.id,
      expectedVersion: 1,
      reason: 'unreachable',
    });
    expect(closed).toMatchObject({
      status: 'closed',
      closure: { reason: 'unreachable', closedBy: 'nurse-anne' },
    });
    await expect(
      new CloseApplication(deps).execute({
        actor: anne,
        applicationId: received.id,
        expectedVersion: 2,
        reason: 'withdrawn',
      }),
    ).rejects.toMatchObject({ code: 'clients.application-not-open' });
  });

  it('keeps municipalities apart', async () => {
    const deps = inMemoryClients();
    const received = await new SubmitApplication(deps).execute({ ...form, municipality: '0301' });
    await expect(
      new CloseApplication(deps).execute({
        actor: anne,
        applicationId: received.id,
        expectedVersion: 1,
        reason: 'withdrawn',
      }),
    ).rejects.toMatchObject({ code: 'not-found' });
  });
});
