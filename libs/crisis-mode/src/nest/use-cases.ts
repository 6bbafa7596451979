import type { CrisisModePorts } from '../domain/crisis-mode-ports';
import { GetEffectivePolicy } from '../domain/policy/get-effective-policy.use-case';
import { noticesUseCases } from './notices/notices-providers';

/** Every use case built from the ports alone (`new UseCase(ports)`); exported by the module. */
export const crisisModeUseCases: readonly (new (ports: CrisisModePorts) => object)[] = [
  GetEffectivePolicy,
  ...noticesUseCases,
];
