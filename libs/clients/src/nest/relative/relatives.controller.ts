import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Post,
  Put,
  Res,
  UseFilters,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Actor } from '@lavterskel/kernel';
import {
  ApiBreakGlassHeader,
  ApiIfMatch,
  ApiProblemResponses,
  Authorize,
  BreakGlassReason,
  CurrentActor,
  Idempotent,
  IfMatchVersion,
  UuidParam,
} from '@lavterskel/kernel/nest';
import { AddRelative } from '../../domain/relative/add-relative.use-case';
import { ListRelatives } from '../../domain/relative/list-relatives.use-case';
import { RemoveRelative } from '../../domain/relative/remove-relative.use-case';
import { UpdateRelative } from '../../domain/relative/update-relative.use-case';
import { ClientsErrorFilter } from '../clients-error.filter';
import { sendVersion, type HttpResponse } from '../http/http-response';
import { FOLLOW_UP_STAFF } from '../http/policies';
import { RelativeRequestDto } from './dto/relative.request.dto';
import { RelativeDto } from './dto/relative.response.dto';

/** CL-9: relatives and trusted persons of a client. */
@ApiTags('clients: follow-up')
@Controller('v1/clients/:clientId/relatives')
@Authorize(FOLLOW_UP_STAFF)
@UseFilters(ClientsErrorFilter)
export class RelativesController {
  constructor(
    private readonly addRelative: AddRelative,
    private readonly listRelatives: ListRelatives,
    private readonly updateRelative: UpdateRelative,
    private readonly removeRelative: RemoveRelative,
  ) {}

  @Post()
  @Idempotent()
  @ApiOperation({ operationId: 'addRelative', summary: 'Add a relative or trusted person' })
  @ApiBreakGlassHeader()
  @ApiCreatedResponse({ type: RelativeDto, description: 'Added; `ETag` is its version.' })
  @ApiProblemResponses(400, 404)
  async add(
    @CurrentActor() actor: Actor,
    @UuidParam('clientId') clientId: string,
    @Body() body: RelativeRequestDto,
    @Res({ passthrough: true }) response: HttpResponse,
    @BreakGlassReason() breakGlassReason?: string,
  ): Promise<RelativeDto> {
    const relative = await this.addRelative.execute({
      actor,
      clientId,
      breakGlassReason,
      ...body.details(),
    });
    sendVersion(response, relative.version);
    return RelativeDto.from(relative);
  }

  @Get()
  @ApiOperation({
    operationId: 'listRelatives',
    summary: 'A client’s relatives and trusted persons',
  })
  @ApiBreakGlassHeader()
  @ApiOkResponse({ type: [RelativeDto] })
  @ApiProblemResponses(400, 404)
  async list(
    @CurrentActor() actor: Actor,
    @UuidParam('clientId') clientId: string,
    @BreakGlassReason() breakGlassReason?: string,
  ): Promise<RelativeDto[]> {
    return (await this.listRelatives.execute({ actor, clientId, breakGlassReason })).map(
      RelativeDto.from,
    );
  }

  @Put(':relativeId')
  @ApiOperation({ operationId: 'replaceRelative', summary: 'Replace a relative’s details' })
  @ApiBreakGlassHeader()
  @ApiIfMatch()
  @ApiOkResponse({ type: RelativeDto, description: 'Replaced; `ETag` is its new version.' })
  @ApiProblemResponses(400, 404)
  async replace(
    @CurrentActor() actor: Actor,
    @UuidParam('clientId') clientId: string,
    @UuidParam('relativeId') relativeId: string,
    @IfMatchVersion() expectedVersion: number,
    @Body() body: RelativeRequestDto,
    @Res({ passthrough: true }) response: HttpResponse,
    @BreakGlassReason() breakGlassReason?: string,
  ): Promise<RelativeDto> {
    const relative = await this.updateRelative.execute({
      actor,
      clientId,
      breakGlassReason,
      relativeId,
      expectedVersion,
      ...body.details(),
    });
    sendVersion(response, relative.version);
    return RelativeDto.from(relative);
  }

  @Delete(':relativeId')
  @HttpCode(204)
  @ApiOperation({
    operationId: 'removeRelative',
    summary: 'Remove a relative from the client’s record',
  })
  @ApiBreakGlassHeader()
  @ApiNoContentResponse({ description: 'Removed.' })
  @ApiProblemResponses(400, 404)
  async remove(
    @CurrentActor() actor: Actor,
    @UuidParam('clientId') clientId: string,
    @UuidParam('relativeId') relativeId: string,
    @BreakGlassReason() breakGlassReason?: string,
  ): Promise<void> {
    await this.removeRelative.execute({ actor, clientId, breakGlassReason, relativeId });
  }
}
