import type { CareRelations } from '../domain/care-relations';
import { chooseCareRelations } from './care-relations.provider';

const relations = (related: boolean): CareRelations => ({ hasCareRelation: async () => related });

describe('chooseCareRelations', () => {
  it("takes the module's option before the application's CARE_RELATIONS", () => {
    const option = relations(true);
    expect(chooseCareRelations('ConsentModule', option, relations(false))).toBe(option);
  });

  it("falls back to the application's CARE_RELATIONS, then to the library's default", () => {
    const application = relations(true);
    const own = relations(false);
    expect(chooseCareRelations('ClientsModule', undefined, application, own)).toBe(application);
    expect(chooseCareRelations('ClientsModule', undefined, undefined, own)).toBe(own);
  });

  it('refuses to start without any, naming the module and the option', () => {
    expect(() => chooseCareRelations('ConsentModule', undefined, undefined)).toThrow(
      /ConsentModule needs .*`careRelations`.*CARE_RELATIONS/,
    );
  });
});
