import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authorize, Policies } from '@lavterskel/kernel/nest';
import type { ConsentDependencies } from '../domain/consent-dependencies';
import { CONSENT_DEPENDENCIES } from './consent.tokens';
import { VocabularyDto } from './dto/vocabulary.response.dto';

/** The codes consents and decisions use; no personal data. */
@ApiTags('consents')
@Controller('v1/consents/vocabulary')
export class ConsentVocabularyController {
  constructor(@Inject(CONSENT_DEPENDENCIES) private readonly deps: ConsentDependencies) {}

  @Get()
  @Authorize(Policies.anyRole('staff', 'team-lead', 'crisis-coordinator', 'privacy-officer'))
  @ApiOperation({
    operationId: 'getConsentVocabulary',
    summary: 'Categories, purposes and legal bases',
    description: 'The declared trees: consent to a term covers its children and nothing else.',
  })
  @ApiOkResponse({ type: VocabularyDto })
  vocabulary(): VocabularyDto {
    return VocabularyDto.from(this.deps.vocabulary);
  }
}
