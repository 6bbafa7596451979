import { KernelErrorCode } from '@lavterskel/kernel';
import { FollowUpTaskBuilder } from '../testing/follow-up-task.builder';
import { inMemoryTaskPorts, taskActor } from '../testing/in-memory-task-ports';
import { ListTeamTasks } from './list-team-tasks.use-case';

const TEAM = '7f3c1b2a-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const OTHER_TEAM = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';

describe('ListTeamTasks', () => {
  const lead = taskActor({ subject: 'lead-per', roles: ['team-lead'], teamIds: [TEAM] });
  const coordinator = taskActor({
    subject: 'coord-kari',
    roles: ['crisis-coordinator'],
    teamIds: [],
  });

  async function seeded() {
    const ports = inMemoryTaskPorts();
    const ours = FollowUpTaskBuilder.create({ assignee: { kind: 'team', teamId: TEAM } });
    const theirs = FollowUpTaskBuilder.create({ assignee: { kind: 'team', teamId: OTHER_TEAM } });
    await ports.tasks.insertMany([ours, theirs]);
    return { ports, ours, theirs };
  }

  it('gives a team lead their own team’s tasks, and their teams’ without a team named', async () => {
    const { ports, ours } = await seeded();
    const useCase = new ListTeamTasks(ports);

    const named = await useCase.execute({ actor: lead, teamId: TEAM, page: {} });
    const all = await useCase.execute({ actor: lead, page: {} });

    expect(named.items.map((task) => task.id)).toEqual([ours.id]);
    expect(all.items.map((task) => task.id)).toEqual([ours.id]);
    expect(ports.auditEntries[0]).toMatchObject({ action: 'search', clientIds: [ours.clientId] });
  });

  it('answers another team as missing to a team lead and to plain staff, but shows it to a coordinator', async () => {
    const { ports, theirs } = await seeded();
    const useCase = new ListTeamTasks(ports);

    await expect(
      useCase.execute({ actor: lead, teamId: OTHER_TEAM, page: {} }),
    ).rejects.toMatchObject({
      code: KernelErrorCode.NotFound,
    });
    await expect(
      useCase.execute({ actor: taskActor({ teamIds: [TEAM] }), teamId: TEAM, page: {} }),
    ).rejects.toMatchObject({ code: KernelErrorCode.NotFound });
    const page = await useCase.execute({ actor: coordinator, teamId: OTHER_TEAM, page: {} });
    expect(page.items.map((task) => task.id)).toEqual([theirs.id]);
    expect(ports.auditEntries).toHaveLength(1);
  });
});
