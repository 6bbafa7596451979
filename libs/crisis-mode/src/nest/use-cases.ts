import type { CrisisModePorts } from '../domain/crisis-mode-ports';
import { GetEffectivePolicy } from '../domain/policy/get-effective-policy.use-case';
import { GetPriorityList } from '../domain/priority/get-priority-list.use-case';
import { AssignBackupStaff } from '../domain/staffing/assign-backup-staff.use-case';
import { EndBackupAssignment } from '../domain/staffing/end-backup-assignment.use-case';
import { GetStaffingReport } from '../domain/staffing/get-staffing-report.use-case';
import { ListBackupAssignments } from '../domain/staffing/list-backup-assignments.use-case';

/** Every use case built from the ports alone (`new UseCase(ports)`); exported by the module. */
export const crisisModeUseCases: readonly (new (ports: CrisisModePorts) => object)[] = [
  GetEffectivePolicy,
  GetPriorityList,
  GetStaffingReport,
  AssignBackupStaff,
  ListBackupAssignments,
  EndBackupAssignment,
];
