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
