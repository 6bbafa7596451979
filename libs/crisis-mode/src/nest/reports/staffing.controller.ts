import { Body, Controller, Get, HttpCode, Post, Query, UseFilters } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@lavterskel/kernel';
import {
  ApiProblemResponses,
  Authorize,
  CurrentActor,
  Idempotent,
  UuidParam,
} from '@lavterskel/kernel/nest';
import { AssignBackupStaff } from '../../domain/staffing/assign-backup-staff.use-case';
import { EndBackupAssignment } from '../../domain/staffing/end-backup-assignment.use-case';
import { GetStaffingReport } from '../../domain/staffing/get-staffing-report.use-case';
import { ListBackupAssignments } from '../../domain/staffing/list-backup-assignments.use-case';
import { CrisisModeErrorFilter } from '../crisis-mode-error.filter';
import {
  AssignBackupStaffRequestDto,
  BackupAssignmentDto,
  BackupAssignmentPageDto,
  BackupAssignmentsQueryDto,
} from './dto/backup-assignment.dto';
import { CrisisStaffingQueryDto } from './dto/report-level.query.dto';
import { StaffingReportDto } from './dto/staffing.response.dto';
import { CrisisPolicies } from '../crisis-policies';

/** CR-5: enough trained, available staff for every critical service; back-ups to fill gaps. */
@ApiTags('crisis')
@Controller('v1/crisis/staffing')
@UseFilters(CrisisModeErrorFilter)
export class StaffingController {
  constructor(
    private readonly staffingReport: GetStaffingReport,
    private readonly assignBackupStaff: AssignBackupStaff,
    private readonly listBackupAssignments: ListBackupAssignments,
    private readonly endBackupAssignment: EndBackupAssignment,
  ) {}

  @Get()
  @Authorize(CrisisPolicies.reports)
  @ApiOperation({
    operationId: 'getCrisisStaffing',
    summary: 'Staffing of every critical service on a day, with the gaps',
    description:
      "One report for the whole municipality: per critical service and competency, the staff available that day who hold it and work in the service's team or are assigned back-up for it, against the minimum of the level in force (1 without a crisis or without a minimum), the gap, and candidates to assign. Sick, quarantined and lent-to-partner staff count as away. `?planId=&level=` previews a level's minimums.",
  })
  @ApiOkResponse({ type: StaffingReportDto })
  @ApiProblemResponses(400, 404, 422)
  async report(
    @CurrentActor() actor: Actor,
    @Query() query: CrisisStaffingQueryDto,
  ): Promise<StaffingReportDto> {
    return StaffingReportDto.from(
      await this.staffingReport.execute({
        actor,
        on: query.on,
        planId: query.planId,
        level: query.level,
      }),
    );
  }

  @Post('backup-assignments')
  @Authorize(CrisisPolicies.reports)
  @Idempotent()
  @ApiOperation({
    operationId: 'assignBackupStaff',
    summary: 'Assign a trained staff member as back-up to a critical service for a period',
    description:
      'The staff member must hold the competency on the first day (422 otherwise); the competency must be one the service needs. On the days it covers, the staffing report counts them when they are available.',
  })
  @ApiCreatedResponse({ type: BackupAssignmentDto })
  @ApiProblemResponses(400, 404, 422)
  async assign(
    @CurrentActor() actor: Actor,
    @Body() body: AssignBackupStaffRequestDto,
  ): Promise<BackupAssignmentDto> {
    return BackupAssignmentDto.from(
      await this.assignBackupStaff.execute({
        actor,
        serviceId: body.serviceId,
        staffId: body.staffId,
        competency: body.competency,
        from: body.from,
        to: body.to,
        reason: body.reason,
      }),
    );
  }

  @Get('backup-assignments')
  @Authorize(CrisisPolicies.reports)
  @ApiOperation({
    operationId: 'listBackupAssignments',
    summary: 'Back-up assignments, newest first',
  })
  @ApiOkResponse({ type: BackupAssignmentPageDto })
  @ApiProblemResponses(400)
  async list(
    @CurrentActor() actor: Actor,
    @Query() query: BackupAssignmentsQueryDto,
  ): Promise<BackupAssignmentPageDto> {
    const page = await this.listBackupAssignments.execute({
      actor,
      serviceId: query.serviceId,
      staffId: query.staffId,
      activeOn: query.activeOn,
      page: { limit: query.limit, cursor: query.cursor },
    });
    return { items: page.items.map(BackupAssignmentDto.from), nextCursor: page.nextCursor };
  }

  @Post('backup-assignments/:assignmentId/end')
  @HttpCode(200)
  @Authorize(CrisisPolicies.reports)
  @ApiOperation({
    operationId: 'endBackupAssignment',
    summary: 'End a back-up assignment now',
    description:
      'From today (Oslo) it no longer counts; it is kept as history. 409 when ended already.',
  })
  @ApiOkResponse({ type: BackupAssignmentDto })
  @ApiProblemResponses(400, 404, 409)
  async end(
    @CurrentActor() actor: Actor,
    @UuidParam('assignmentId') assignmentId: string,
  ): Promise<BackupAssignmentDto> {
    return BackupAssignmentDto.from(
      await this.endBackupAssignment.execute({ actor, id: assignmentId }),
    );
  }
}
