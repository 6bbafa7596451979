import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Post,
  Query,
  Res,
  UseFilters,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { etagOf, type Actor } from '@lavterskel/kernel';
import {
  ApiBreakGlassHeader,
  ApiIfMatch,
  ApiProblemResponses,
  Authorize,
  BreakGlassReason,
  CurrentActor,
  Idempotent,
  IfMatchVersion,
  Policies,
  UuidParam,
} from '@lavterskel/kernel/nest';
import type { FollowUpTask } from '../../domain/tasks/follow-up-task';
import type { FhirTask } from '../../domain/tasks/follow-up-task.fhir';
import { CancelTask } from '../../domain/tasks/cancel-task.use-case';
import { CompleteTask } from '../../domain/tasks/complete-task.use-case';
import { CreateTask } from '../../domain/tasks/create-task.use-case';
import { ExportTask } from '../../domain/tasks/export-task.use-case';
import { GetTask } from '../../domain/tasks/get-task.use-case';
import { ListMyTasks } from '../../domain/tasks/list-my-tasks.use-case';
import { ListTasks } from '../../domain/tasks/list-tasks.use-case';
import { ListTeamTasks } from '../../domain/tasks/list-team-tasks.use-case';
import { ReassignTask } from '../../domain/tasks/reassign-task.use-case';
import { CrisisModeErrorFilter } from '../crisis-mode-error.filter';
import { FhirTaskDto } from './dto/fhir-task.response.dto';
import { FollowUpTaskDto, FollowUpTaskPageDto } from './dto/follow-up-task.response.dto';
import { ListMyTasksQueryDto, ListTasksQueryDto } from './dto/task-queries.dto';
import {
  CancelTaskRequestDto,
  CompleteTaskRequestDto,
  CreateTaskRequestDto,
  ReassignTaskRequestDto,
} from './dto/task-requests.dto';

interface HeaderResponse {
  setHeader(name: string, value: string): void;
}

/** Everyone who follows clients up in a crisis works the task list. */
const TASK_WORKERS = Policies.anyRole('staff', 'team-lead', 'crisis-coordinator');

function page(query: { limit?: number; cursor?: string }) {
  return { limit: query.limit, cursor: query.cursor };
}

/** CR-3: follow-up tasks — mine, a team's, the municipality's — and working them off. */
@ApiTags('crisis-mode')
@Controller('v1/crisis/tasks')
@UseFilters(CrisisModeErrorFilter)
export class TasksController {
  constructor(
    private readonly listMyTasks: ListMyTasks,
    private readonly listTeamTasks: ListTeamTasks,
    private readonly listTasks: ListTasks,
    private readonly getTask: GetTask,
    private readonly exportTask: ExportTask,
    private readonly createTask: CreateTask,
    private readonly completeTask: CompleteTask,
    private readonly cancelTask: CancelTask,
    private readonly reassignTask: ReassignTask,
  ) {}

  @Post()
  @Authorize(TASK_WORKERS)
  @Idempotent()
  @ApiOperation({
    operationId: 'createTask',
    summary: 'Create a follow-up task by hand, about a client in the caller’s care.',
    description: 'Assigned to the caller unless `assignee` names someone else or a team.',
  })
  @ApiCreatedResponse({
    type: FollowUpTaskDto,
    description: 'The task; its ETag is in the ETag header.',
  })
  @ApiProblemResponses(400, 404, 422)
  async create(
    @CurrentActor() actor: Actor,
    @Body() body: CreateTaskRequestDto,
    @Res({ passthrough: true }) response: HeaderResponse,
  ): Promise<FollowUpTaskDto> {
    const task = await this.createTask.execute({
      actor,
      kind: body.kind,
      clientId: body.clientId,
      serviceId: body.serviceId ?? null,
      description: body.description,
      priority: body.priority,
      due: body.due,
      assignee: body.assignee?.toAssignee(),
    });
    response.setHeader('Location', `/v1/crisis/tasks/${task.id}`);
    return this.single(task, response);
  }

  @Get('mine')
  @Authorize(TASK_WORKERS)
  @ApiOperation({
    operationId: 'listMyTasks',
    summary: 'My tasks: assigned to me or to my teams, the most urgent and earliest due first.',
    description:
      'Open tasks unless `status` says otherwise. Audited as one search naming every client shown.',
  })
  @ApiOkResponse({ type: FollowUpTaskPageDto })
  @ApiProblemResponses(400)
  async mine(
    @CurrentActor() actor: Actor,
    @Query() query: ListMyTasksQueryDto,
  ): Promise<FollowUpTaskPageDto> {
    const tasks = await this.listMyTasks.execute({
      actor,
      kind: query.kind,
      priority: query.priority,
      status: query.status,
      page: page(query),
    });
    return { items: tasks.items.map(FollowUpTaskDto.from), nextCursor: tasks.nextCursor };
  }

  @Get()
  @Authorize(TASK_WORKERS)
  @ApiOperation({
    operationId: 'listTasks',
    summary: 'The municipality’s tasks by kind, priority, status, client, level change or team.',
    description:
      'A crisis coordinator sees every task; anyone else the tasks assigned to them or their teams and those about clients in their care. With `teamId`, that team’s tasks: for its team lead or a crisis coordinator (any other team answers 404). Audited as one search naming every client shown; a page may hold fewer than `limit` items while `nextCursor` is set.',
  })
  @ApiOkResponse({ type: FollowUpTaskPageDto })
  @ApiProblemResponses(400, 404)
  async list(
    @CurrentActor() actor: Actor,
    @Query() query: ListTasksQueryDto,
  ): Promise<FollowUpTaskPageDto> {
    const filter = {
      actor,
      kind: query.kind,
      priority: query.priority,
      status: query.status,
      clientId: query.clientId,
      levelChangeId: query.levelChangeId,
      page: page(query),
    };
    const tasks =
      query.teamId === undefined
        ? await this.listTasks.execute(filter)
        : await this.listTeamTasks.execute({ ...filter, teamId: query.teamId });
    return { items: tasks.items.map(FollowUpTaskDto.from), nextCursor: tasks.nextCursor };
  }

  @Get(':taskId')
  @Authorize(TASK_WORKERS)
  @ApiBreakGlassHeader()
  @ApiOperation({
    operationId: 'getTask',
    summary: 'Read a task (audited); outside need-to-know it answers 404.',
  })
  @ApiOkResponse({
    type: FollowUpTaskDto,
    description: 'The task; the ETag header carries its version.',
  })
  @ApiProblemResponses(400, 404)
  async get(
    @CurrentActor() actor: Actor,
    @UuidParam('taskId') taskId: string,
    @BreakGlassReason() breakGlassReason: string | undefined,
    @Res({ passthrough: true }) response: HeaderResponse,
  ): Promise<FollowUpTaskDto> {
    return this.single(await this.getTask.execute({ actor, taskId, breakGlassReason }), response);
  }

  @Get(':taskId/fhir')
  @Authorize(TASK_WORKERS)
  @Header('Content-Type', 'application/fhir+json')
  @ApiProduces('application/fhir+json')
  @ApiBreakGlassHeader()
  @ApiOperation({
    operationId: 'exportTaskFhir',
    summary: 'The task as a FHIR R4 Task (audited as an export).',
  })
  @ApiOkResponse({ type: FhirTaskDto })
  @ApiProblemResponses(400, 404)
  async fhir(
    @CurrentActor() actor: Actor,
    @UuidParam('taskId') taskId: string,
    @BreakGlassReason() breakGlassReason: string | undefined,
  ): Promise<FhirTask> {
    return this.exportTask.execute({ actor, taskId, breakGlassReason });
  }

  @Post(':taskId/complete')
  @HttpCode(200)
  @Authorize(TASK_WORKERS)
  @ApiIfMatch()
  @ApiOperation({
    operationId: 'completeTask',
    summary: 'Mark an open task done, with its outcome.',
    description: 'A done or cancelled task cannot change: 409 `crisis-mode.task-closed`.',
  })
  @ApiOkResponse({ type: FollowUpTaskDto })
  @ApiProblemResponses(400, 404, 409)
  async complete(
    @CurrentActor() actor: Actor,
    @UuidParam('taskId') taskId: string,
    @IfMatchVersion() expectedVersion: number,
    @Body() body: CompleteTaskRequestDto,
    @Res({ passthrough: true }) response: HeaderResponse,
  ): Promise<FollowUpTaskDto> {
    const task = await this.completeTask.execute({
      actor,
      taskId,
      expectedVersion,
      outcome: body.outcome,
    });
    return this.single(task, response);
  }

  @Post(':taskId/cancel')
  @HttpCode(200)
  @Authorize(TASK_WORKERS)
  @ApiIfMatch()
  @ApiOperation({
    operationId: 'cancelTask',
    summary: 'Cancel an open task, with the reason.',
    description: 'A done or cancelled task cannot change: 409 `crisis-mode.task-closed`.',
  })
  @ApiOkResponse({ type: FollowUpTaskDto })
  @ApiProblemResponses(400, 404, 409)
  async cancel(
    @CurrentActor() actor: Actor,
    @UuidParam('taskId') taskId: string,
    @IfMatchVersion() expectedVersion: number,
    @Body() body: CancelTaskRequestDto,
    @Res({ passthrough: true }) response: HeaderResponse,
  ): Promise<FollowUpTaskDto> {
    const task = await this.cancelTask.execute({
      actor,
      taskId,
      expectedVersion,
      reason: body.reason,
    });
    return this.single(task, response);
  }

  @Post(':taskId/reassign')
  @HttpCode(200)
  @Authorize(TASK_WORKERS)
  @ApiIfMatch()
  @ApiOperation({
    operationId: 'reassignTask',
    summary: 'Hand an open task to another staff member or to a team.',
    description: 'A done or cancelled task cannot change: 409 `crisis-mode.task-closed`.',
  })
  @ApiOkResponse({ type: FollowUpTaskDto })
  @ApiProblemResponses(400, 404, 409)
  async reassign(
    @CurrentActor() actor: Actor,
    @UuidParam('taskId') taskId: string,
    @IfMatchVersion() expectedVersion: number,
    @Body() body: ReassignTaskRequestDto,
    @Res({ passthrough: true }) response: HeaderResponse,
  ): Promise<FollowUpTaskDto> {
    const task = await this.reassignTask.execute({
      actor,
      taskId,
      expectedVersion,
      assignee: body.assignee.toAssignee(),
    });
    return this.single(task, response);
  }

  private single(task: FollowUpTask, response: HeaderResponse): FollowUpTaskDto {
    response.setHeader('ETag', etagOf(task.version));
    return FollowUpTaskDto.from(task);
  }
}
