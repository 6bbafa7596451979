import type { DynamicModule } from '@nestjs/common';
import { GroupsModule } from '@lavterskel/groups/nest';

/** @lavterskel/groups in the reference API: its module, with the adapters its ports need. */
export const groupsWiring: DynamicModule = GroupsModule.forRoot({});
