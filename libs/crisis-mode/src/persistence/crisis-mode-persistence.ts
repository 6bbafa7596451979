import type { LibraryPersistence } from '@lavterskel/kernel/typeorm';
import { CrisisStateEntity } from './activation/crisis-state.entity';
import { LevelChangeEntity } from './activation/level-change.entity';
import { ScheduledChangeEntity } from './activation/scheduled-change.entity';
import { CrisisExceptionEntity } from './exceptions/crisis-exception.entity';
import { crisisModeMigrations } from './migrations';
import { CrisisPlanEntity } from './plans/crisis-plan.entity';
import { BackupAssignmentEntity } from './staffing/backup-assignment.entity';
import { FollowUpTaskEntity } from './tasks/follow-up-task.entity';

/** What this library adds to a DataSource: its entities (schema `crisis`) and migrations. */
export const crisisModePersistence: LibraryPersistence = {
  name: 'crisis-mode',
  schema: 'crisis',
  entities: [
    CrisisPlanEntity,
    CrisisStateEntity,
    LevelChangeEntity,
    ScheduledChangeEntity,
    CrisisExceptionEntity,
    BackupAssignmentEntity,
    FollowUpTaskEntity,
  ],
  migrations: crisisModeMigrations,
};
