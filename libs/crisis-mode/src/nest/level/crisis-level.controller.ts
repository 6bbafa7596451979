import { Body, Controller, Get, HttpCode, Post, Query, UseFilters } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@lavterskel/kernel';
import {
  ApiProblemResponses,
  Authorize,
  CurrentActor,
  Idempotent,
  PageQueryDto,
} from '@lavterskel/kernel/nest';
import {
  ChangeCrisisLevel,
  type ChangeCrisisLevelInput,
} from '../../domain/activation/change-crisis-level.use-case';
import { GetCrisisLevel } from '../../domain/activation/get-crisis-level.use-case';
import { ListLevelChanges } from '../../domain/activation/list-level-changes.use-case';
import { ListScheduledChanges } from '../../domain/activation/list-scheduled-changes.use-case';
import { ScheduleLevelChange } from '../../domain/activation/schedule-level-change.use-case';
import { CrisisModeErrorFilter } from '../crisis-mode-error.filter';
import { CrisisPolicies } from '../crisis-policies';
import { LevelChangeRequestDto, ScheduledLevelChangeRequestDto } from './level-change.request.dto';
import {
  CrisisStateDto,
  LevelChangePageDto,
  LevelChangeDto,
  LevelChangeReportDto,
  ScheduledChangeDto,
  ScheduledChangePageDto,
} from './level-change.response.dto';

function changeInput(actor: Actor, body: LevelChangeRequestDto): ChangeCrisisLevelInput {
  return {
    actor,
    level: body.level,
    planId: body.planId,
    reason: body.reason,
    guideline: { text: body.guideline.text, url: body.guideline.url ?? null },
  };
}

/** CR-2, CR-3: the level in force, changing it (now, later, or as a dry run), its history. */
@ApiTags('crisis-mode')
@Controller('v1/crisis')
@UseFilters(CrisisModeErrorFilter)
export class CrisisLevelController {
  constructor(
    private readonly getLevel: GetCrisisLevel,
    private readonly changeLevel: ChangeCrisisLevel,
    private readonly scheduleChange: ScheduleLevelChange,
    private readonly listChanges: ListLevelChanges,
    private readonly listScheduled: ListScheduledChanges,
  ) {}

  @Get('level')
  @Authorize(CrisisPolicies.read)
  @ApiOperation({
    operationId: 'getCrisisLevel',
    summary: 'The crisis level in force in your municipality',
  })
  @ApiOkResponse({ type: CrisisStateDto })
  async level(@CurrentActor() actor: Actor): Promise<CrisisStateDto> {
    return CrisisStateDto.from(await this.getLevel.execute({ actor }));
  }

  @Post('level-changes')
  @Authorize(CrisisPolicies.coordinate)
  @Idempotent()
  @ApiOperation({
    operationId: 'changeCrisisLevel',
    summary: 'Activate, change or end the crisis level now',
    description:
      'Applies every effect in one transaction: service modes, cohorts re-cohorted to the level’s sizes, follow-up tasks (phone, or a home visit for clients without a phone; cohort members without a seat). `normal` restores the modes and cohorts from before the crisis and cancels the tasks nobody has worked on. If any step fails, nothing is applied and the problem names the step (`step`).',
  })
  @ApiCreatedResponse({ type: LevelChangeReportDto })
  @ApiProblemResponses(400, 403, 409, 422)
  async change(
    @CurrentActor() actor: Actor,
    @Body() body: LevelChangeRequestDto,
  ): Promise<LevelChangeReportDto> {
    return LevelChangeReportDto.from(await this.changeLevel.execute(changeInput(actor, body)));
  }

  @Post('level-changes/dry-run')
  @HttpCode(200)
  @Authorize(CrisisPolicies.coordinate)
  @ApiOperation({
    operationId: 'dryRunCrisisLevelChange',
    summary: 'What a level change would do, without writing anything',
    description: 'The same computation as the change itself, in a transaction that is rolled back.',
  })
  @ApiOkResponse({ type: LevelChangeReportDto })
  @ApiProblemResponses(400, 403, 409, 422)
  async dryRun(
    @CurrentActor() actor: Actor,
    @Body() body: LevelChangeRequestDto,
  ): Promise<LevelChangeReportDto> {
    return LevelChangeReportDto.from(await this.changeLevel.dryRun(changeInput(actor, body)));
  }

  @Get('level-changes')
  @Authorize(CrisisPolicies.read)
  @ApiOperation({
    operationId: 'listCrisisLevelChanges',
    summary: 'The crisis history, newest first',
  })
  @ApiOkResponse({ type: LevelChangePageDto })
  @ApiProblemResponses(400)
  async history(
    @CurrentActor() actor: Actor,
    @Query() query: PageQueryDto,
  ): Promise<LevelChangePageDto> {
    const page = await this.listChanges.execute({ actor, page: query });
    return { items: page.items.map(LevelChangeDto.from), nextCursor: page.nextCursor };
  }

  @Post('scheduled-changes')
  @Authorize(CrisisPolicies.coordinate)
  @Idempotent()
  @ApiOperation({
    operationId: 'scheduleCrisisLevelChange',
    summary: 'Change the level at a set time',
    description:
      'Kept in the database: it fires once, on whichever API process claims it, also after a restart.',
  })
  @ApiCreatedResponse({ type: ScheduledChangeDto })
  @ApiProblemResponses(400, 403)
  async schedule(
    @CurrentActor() actor: Actor,
    @Body() body: ScheduledLevelChangeRequestDto,
  ): Promise<ScheduledChangeDto> {
    const change = await this.scheduleChange.execute({
      ...changeInput(actor, body),
      runAt: new Date(body.effectiveAt),
    });
    return ScheduledChangeDto.from(change);
  }

  @Get('scheduled-changes')
  @Authorize(CrisisPolicies.read)
  @ApiOperation({
    operationId: 'listScheduledCrisisLevelChanges',
    summary: 'Level changes set for later, soonest first',
  })
  @ApiOkResponse({ type: ScheduledChangePageDto })
  @ApiProblemResponses(400)
  async scheduled(
    @CurrentActor() actor: Actor,
    @Query() query: PageQueryDto,
  ): Promise<ScheduledChangePageDto> {
    const page = await this.listScheduled.execute({ actor, page: query });
    return { items: page.items.map(ScheduledChangeDto.from), nextCursor: page.nextCursor };
  }
}
