import type { LibraryPersistence } from '@lavterskel/kernel/typeorm';
import { ApplicationEntity } from './application/application.entity';
import { ClientStatusChangeEntity } from './client/client-status-change.entity';
import { ClientEntity } from './client/client.entity';
import { ClientMergeEntity } from './merge/client-merge.entity';
import { ClinicalProfileEntity } from './clinical-profile/clinical-profile.entity';
import { CrisisPlanEntity } from './crisis-plan/crisis-plan.entity';
import { EncounterEntity } from './encounter/encounter.entity';
import { SessionFeedbackEntity } from './feedback/session-feedback.entity';
import { HandoverNoteEntity } from './handover/handover-note.entity';
import { HandoverReadReceiptEntity } from './handover/handover-read-receipt.entity';
import { IndividualPlanVersionEntity } from './individual-plan/individual-plan-version.entity';
import { IndividualPlanEntity } from './individual-plan/individual-plan.entity';
import { clientsMigrations } from './migrations';
import { RelativeEntity } from './relative/relative.entity';
import { ResponsibilityGroupMeetingEntity } from './responsibility-group/responsibility-group-meeting.entity';
import { ResponsibilityGroupMemberEntity } from './responsibility-group/responsibility-group-member.entity';
import { ResponsibilityGroupEntity } from './responsibility-group/responsibility-group.entity';
import { VedtakEntity } from './vedtak/vedtak.entity';
import { VulnerabilityFlagEntity } from './vulnerability/vulnerability-flag.entity';

/** What this library adds to a DataSource: its entities (schema `clients`) and migrations. */
export const clientsPersistence: LibraryPersistence = {
  name: 'clients',
  schema: 'clients',
  entities: [
    ClientEntity,
    ClientStatusChangeEntity,
    VulnerabilityFlagEntity,
    ApplicationEntity,
    EncounterEntity,
    SessionFeedbackEntity,
    HandoverNoteEntity,
    HandoverReadReceiptEntity,
    VedtakEntity,
    CrisisPlanEntity,
    IndividualPlanEntity,
    IndividualPlanVersionEntity,
    RelativeEntity,
    ClinicalProfileEntity,
    ClientMergeEntity,
    ResponsibilityGroupEntity,
    ResponsibilityGroupMemberEntity,
    ResponsibilityGroupMeetingEntity,
  ],
  migrations: clientsMigrations,
};
