import {
  AUDIT_ACTIONS,
  AUDIT_OUTCOMES,
  type AuditAction,
  type AuditOutcome,
  type Role,
  ROLES,
} from '@khsae/domain';
import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from 'src/common/http/page.dto';

export class AuditEventResponseDto {
  @ApiProperty({ description: 'Sequential id (bigint as a string)' }) id!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actorUserId!: string | null;
  @ApiProperty({ type: String, nullable: true }) actorEmail!: string | null;
  @ApiProperty({ enum: ROLES, enumName: 'Role', nullable: true }) actorRole!: Role | null;
  @ApiProperty({ enum: AUDIT_ACTIONS, enumName: 'AuditAction' }) action!: AuditAction;
  @ApiProperty({ type: String, nullable: true }) resourceType!: string | null;
  @ApiProperty({ type: [String] }) resourceIds!: string[];
  @ApiProperty({ type: [String], description: 'Kinds of sensitive field read, never their values' })
  fieldGroups!: string[];
  @ApiProperty({ enum: AUDIT_OUTCOMES, enumName: 'AuditOutcome' }) outcome!: AuditOutcome;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Why a refusal or failure happened (not_signed_in, missing_permission, …)',
  })
  reason!: string | null;
  @ApiProperty({ type: String, nullable: true }) clientIp!: string | null;
  @ApiProperty({ type: String, nullable: true }) userAgent!: string | null;
  @ApiProperty({ type: String, nullable: true }) requestId!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) details!: Record<string, unknown>;
}

export class AuditEventPageResponseDto extends PageResponse(AuditEventResponseDto) {}

const CHAIN_PROBLEMS = ['missing_before', 'previous_hash_differs', 'content_changed'] as const;

export class AuditChainLinkDto {
  @ApiProperty({ description: 'The audit event id (bigint as a string)' }) id!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ description: 'Its place in the chain (bigint as a string)' }) chainNo!: string;
}

export class AuditChainHeadDto extends AuditChainLinkDto {
  @ApiProperty({
    description: 'SHA-256 of the newest row, hex: record it elsewhere to anchor the chain',
  })
  hash!: string;
}

export class AuditChainBreakDto extends AuditChainLinkDto {
  @ApiProperty({
    enum: CHAIN_PROBLEMS,
    enumName: 'AuditChainProblem',
    description:
      'missing_before: rows before it were removed; previous_hash_differs: the row before it was changed and rehashed; content_changed: this row was changed',
  })
  problem!: (typeof CHAIN_PROBLEMS)[number];
}

export class AuditChainResponseDto {
  @ApiProperty({ enum: ['ok', 'broken'] }) status!: 'ok' | 'broken';
  @ApiProperty({ format: 'date-time' }) checkedAt!: string;
  @ApiProperty({ description: 'Audit rows checked' }) checked!: number;
  @ApiProperty({ type: AuditChainHeadDto, nullable: true }) head!: AuditChainHeadDto | null;
  @ApiProperty({
    type: AuditChainBreakDto,
    nullable: true,
    description: 'The first row whose link does not hold',
  })
  brokenAt!: AuditChainBreakDto | null;
}
