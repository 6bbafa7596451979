import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import type { CrisisContact } from '../../domain/crisis-plan/crisis-plan';
import { ClientEntity } from '../client/client.entity';
import { TENANT_ID_CHECK } from '../shared/columns';

/** CL-8: one crisis plan per client (the key is the client's id). */
@Entity({ schema: 'clients', name: 'crisis_plan' })
@Check('crisis_plan_tenant_id_check', TENANT_ID_CHECK)
export class CrisisPlanEntity {
  @PrimaryColumn({ name: 'client_id', type: 'uuid', primaryKeyConstraintName: 'crisis_plan_pkey' })
  clientId!: string;

  @OneToOne(() => ClientEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'crisis_plan_client_fk' })
  client?: ClientEntity;

  @Column({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @Column({ name: 'warning_signs', type: 'varchar', length: 500, array: true })
  warningSigns!: string[];

  @Column({ name: 'what_helps', type: 'varchar', length: 500, array: true })
  whatHelps!: string[];

  @Column({ name: 'who_to_call', type: 'jsonb' })
  whoToCall!: CrisisContact[];

  @Column({ name: 'agreed_with_client', type: 'boolean' })
  agreedWithClient!: boolean;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'updated_by', type: 'varchar', length: 200 })
  updatedBy!: string;

  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
