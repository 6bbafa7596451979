import { ConfigurableModuleBuilder, Module, type Type } from '@nestjs/common';

/** Settings of this library; extend as it grows. */
export class GroupsModuleOptions {}

/** The library's HTTP controllers; `forRoot({ http: false })` leaves them out. */
const controllers: Type[] = [];

const { ConfigurableModuleClass, MODULE_OPTIONS_TOKEN } =
  new ConfigurableModuleBuilder<GroupsModuleOptions>()
    .setClassMethodName('forRoot')
    .setExtras({ http: true }, (definition, extras) => ({
      ...definition,
      controllers: extras.http ? controllers : [],
    }))
    .build();

export const GROUPS_MODULE_OPTIONS = MODULE_OPTIONS_TOKEN;

/** Needs KernelModule (and a TypeORM DataSource) in the application. */
@Module({})
export class GroupsModule extends ConfigurableModuleClass {}
