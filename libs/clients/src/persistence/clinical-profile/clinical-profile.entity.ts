import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { SUBSTANCES } from '../../domain/clinical-profile/clinical-profile';
import { ClientEntity } from '../client/client.entity';
import { TENANT_ID_CHECK, allOf } from '../shared/columns';

/** CL-11: one minimal clinical profile per client; diagnoses never without their purpose. */
@Entity({ schema: 'clients', name: 'clinical_profile' })
@Check('clinical_profile_tenant_id_check', TENANT_ID_CHECK)
@Check('clinical_profile_substances_check', allOf('main_substances', SUBSTANCES))
@Check(
  'clinical_profile_diagnoses_purpose_check',
  `cardinality("diagnoses") = 0 OR "diagnoses_purpose" IS NOT NULL`,
)
export class ClinicalProfileEntity {
  @PrimaryColumn({
    name: 'client_id',
    type: 'uuid',
    primaryKeyConstraintName: 'clinical_profile_pkey',
  })
  clientId!: string;

  @OneToOne(() => ClientEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'clinical_profile_client_fk' })
  client?: ClientEntity;

  @Column({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @Column({ name: 'main_substances', type: 'varchar', length: 32, array: true })
  mainSubstances!: string[];

  @Column({ type: 'boolean', nullable: true })
  rop!: boolean | null;

  @Column({ type: 'varchar', length: 8, array: true })
  diagnoses!: string[];

  @Column({ name: 'diagnoses_purpose', type: 'varchar', length: 500, nullable: true })
  diagnosesPurpose!: string | null;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'updated_by', type: 'varchar', length: 200 })
  updatedBy!: string;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
