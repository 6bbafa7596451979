import { Body, Controller, Get, HttpCode, Post, Query, UseFilters } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@lavterskel/kernel';
import {
  ApiProblemResponses,
  Authorize,
  CurrentActor,
  Idempotent,
  PageQueryDto,
  UuidParam,
} from '@lavterskel/kernel/nest';
import { CertifyCompetency } from '../../domain/staff/certify-competency.use-case';
import { GetStaffMember } from '../../domain/staff/get-staff-member.use-case';
import { JoinTeam } from '../../domain/staff/join-team.use-case';
import { LeaveTeam } from '../../domain/staff/leave-team.use-case';
import { ListStaffMembers } from '../../domain/staff/list-staff-members.use-case';
import { RecordAvailability } from '../../domain/staff/record-availability.use-case';
import { RegisterStaffMember } from '../../domain/staff/register-staff-member.use-case';
import { ServicesErrorFilter } from '../services-error.filter';
import { pageBody } from '../shared/page';
import { ServicesPolicies } from '../shared/policies';
import { AvailabilityPeriodDto, RecordAvailabilityRequestDto } from './dto/availability.dto';
import { CertifyCompetencyRequestDto, CompetencyDto } from './dto/competency.dto';
import {
  RegisterStaffMemberRequestDto,
  StaffMemberDto,
  StaffMemberPageDto,
} from './dto/staff-member.dto';
import { StaffProfileDto } from './dto/staff-profile.dto';
import {
  JoinTeamRequestDto,
  LeaveTeamRequestDto,
  TeamMembershipDto,
} from './dto/team-membership.dto';

/** Staff (SV-2): members, team memberships, competencies with expiry, availability. */
@ApiTags('staff')
@Controller('v1/staff/members')
@UseFilters(ServicesErrorFilter)
export class StaffMembersController {
  constructor(
    private readonly registerStaffMember: RegisterStaffMember,
    private readonly listStaffMembers: ListStaffMembers,
    private readonly getStaffMember: GetStaffMember,
    private readonly joinTeam: JoinTeam,
    private readonly leaveTeam: LeaveTeam,
    private readonly certifyCompetency: CertifyCompetency,
    private readonly recordAvailability: RecordAvailability,
  ) {}

  @Post()
  @Authorize(ServicesPolicies.manage)
  @Idempotent()
  @ApiOperation({ operationId: 'registerStaffMember', summary: 'Register a staff member.' })
  @ApiCreatedResponse({ type: StaffMemberDto })
  @ApiProblemResponses(400, 409)
  async register(
    @CurrentActor() actor: Actor,
    @Body() body: RegisterStaffMemberRequestDto,
  ): Promise<StaffMemberDto> {
    const member = await this.registerStaffMember.execute({
      actor,
      name: body.name,
      subject: body.subject ?? null,
      profession: body.profession ?? null,
    });
    return StaffMemberDto.from(member);
  }

  @Get()
  @Authorize(ServicesPolicies.staffing)
  @ApiOperation({ operationId: 'listStaffMembers', summary: 'List staff members by name.' })
  @ApiOkResponse({ type: StaffMemberPageDto })
  @ApiProblemResponses(400)
  async list(
    @CurrentActor() actor: Actor,
    @Query() query: PageQueryDto,
  ): Promise<StaffMemberPageDto> {
    return pageBody(
      await this.listStaffMembers.execute({ actor, page: query }),
      StaffMemberDto.from,
    );
  }

  @Get(':staffId')
  @Authorize(ServicesPolicies.staffing)
  @ApiOperation({
    operationId: 'getStaffMember',
    summary: 'A staff member with team memberships, competencies and availability.',
  })
  @ApiOkResponse({ type: StaffProfileDto })
  @ApiProblemResponses(400, 404)
  async get(
    @CurrentActor() actor: Actor,
    @UuidParam('staffId') staffId: string,
  ): Promise<StaffProfileDto> {
    return StaffProfileDto.fromProfile(await this.getStaffMember.execute({ actor, staffId }));
  }

  @Post(':staffId/memberships')
  @Authorize(ServicesPolicies.manage)
  @Idempotent()
  @ApiOperation({
    operationId: 'addTeamMembership',
    summary: 'Make the staff member a member of a team.',
  })
  @ApiCreatedResponse({ type: TeamMembershipDto })
  @ApiProblemResponses(400, 404, 409, 422)
  async join(
    @CurrentActor() actor: Actor,
    @UuidParam('staffId') staffId: string,
    @Body() body: JoinTeamRequestDto,
  ): Promise<TeamMembershipDto> {
    return TeamMembershipDto.from(await this.joinTeam.execute({ actor, staffId, ...body }));
  }

  @Post(':staffId/memberships/:membershipId/end')
  @HttpCode(200)
  @Authorize(ServicesPolicies.manage)
  @ApiOperation({
    operationId: 'endTeamMembership',
    summary: 'End a team membership; it is kept as history.',
  })
  @ApiOkResponse({ type: TeamMembershipDto })
  @ApiProblemResponses(400, 404, 409)
  async leave(
    @CurrentActor() actor: Actor,
    @UuidParam('staffId') staffId: string,
    @UuidParam('membershipId') membershipId: string,
    @Body() body: LeaveTeamRequestDto,
  ): Promise<TeamMembershipDto> {
    return TeamMembershipDto.from(
      await this.leaveTeam.execute({ actor, staffId, membershipId, leftOn: body.leftOn }),
    );
  }

  @Post(':staffId/competencies')
  @Authorize(ServicesPolicies.manage)
  @Idempotent()
  @ApiOperation({
    operationId: 'recordCompetency',
    summary: 'Record a competency (a renewal is a new record).',
  })
  @ApiCreatedResponse({ type: CompetencyDto })
  @ApiProblemResponses(400, 404)
  async certify(
    @CurrentActor() actor: Actor,
    @UuidParam('staffId') staffId: string,
    @Body() body: CertifyCompetencyRequestDto,
  ): Promise<CompetencyDto> {
    const competency = await this.certifyCompetency.execute({
      actor,
      staffId,
      code: body.code,
      certifiedOn: body.certifiedOn,
      expiresOn: body.expiresOn ?? null,
    });
    return CompetencyDto.from(competency);
  }

  @Post(':staffId/availability')
  @Authorize(ServicesPolicies.manage)
  @Idempotent()
  @ApiOperation({
    operationId: 'recordAvailability',
    summary: 'Record a period on duty, sick, quarantined or lent to a partner.',
  })
  @ApiCreatedResponse({ type: AvailabilityPeriodDto })
  @ApiProblemResponses(400, 404, 422)
  async availability(
    @CurrentActor() actor: Actor,
    @UuidParam('staffId') staffId: string,
    @Body() body: RecordAvailabilityRequestDto,
  ): Promise<AvailabilityPeriodDto> {
    const period = await this.recordAvailability.execute({
      actor,
      staffId,
      status: body.status,
      from: body.from,
      to: body.to,
      partnerId: body.partnerId ?? null,
    });
    return AvailabilityPeriodDto.from(period);
  }
}
