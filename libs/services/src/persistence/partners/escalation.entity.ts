import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ServiceEntity } from '../catalogue/service.entity';
import { TENANT_CHECK } from '../shared/columns';

@Entity({ schema: 'services', name: 'escalation' })
@Check('escalation_tenant_id_check', TENANT_CHECK)
@Check('escalation_status_check', `"status" IN ('open', 'resolved')`)
@Check(
  'escalation_outcome_check',
  `("status" = 'open' AND "outcome" IS NULL AND "decided_on" IS NULL) OR ("status" = 'resolved' AND "outcome" IS NOT NULL AND "decided_on" IS NOT NULL)`,
)
@Index('escalation_tenant_client_idx', ['tenantId', 'clientId', 'createdAt'])
export class EscalationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'varchar', length: 4 })
  tenantId!: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @Column({ name: 'service_id', type: 'uuid' })
  serviceId!: string;

  @ManyToOne(() => ServiceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'service_id' })
  service?: ServiceEntity;

  @Column({ name: 'forum_date', type: 'date' })
  forumDate!: string;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: string;

  @Column({ type: 'text', nullable: true })
  outcome!: string | null;

  @Column({ name: 'decided_on', type: 'date', nullable: true })
  decidedOn!: string | null;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ type: 'integer' })
  version!: number;
}
