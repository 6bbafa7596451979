import { Global, Module } from '@nestjs/common';
import { careRelationsProvider } from './care-relations.provider';

/** Adapters that implement one library's port with another library's public operations. */
@Global()
@Module({
  providers: [careRelationsProvider],
  exports: [careRelationsProvider],
})
export class WiringModule {}
