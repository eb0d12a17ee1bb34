import { roleGrantRefusal } from '@khsae/domain';
import {
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';

import type { AuthContext, RequestOrigin } from 'src/common/access/auth-context';
import { AuditService } from 'src/common/audit/audit.service';
import { Database, type Tx } from 'src/database/database';
import type {
  DecideRoleGrantDto,
  RoleGrantResponseDto,
} from 'src/modules/users/dto/role-grant.dto';
import { type RoleGrantRow, RoleGrantsRepository } from 'src/modules/users/role-grants.repository';
import { UsersRepository } from 'src/modules/users/users.repository';

const REFUSALS = {
  own_request: 'You cannot decide a role you asked for: another person must.',
  own_account: 'You cannot decide a role for your own account.',
  not_an_approver:
    'Another admin decides this role; a supervisor decides only while there is one active admin.',
} as const;

function toResponse(row: RoleGrantRow, mayDecide: boolean): RoleGrantResponseDto {
  return {
    id: row.id,
    user: row.user,
    role: row.role,
    kind: row.kind,
    requestedBy: row.requestedBy,
    requestedAt: row.requestedAt.toISOString(),
    decidedBy: row.decidedBy,
    decidedAt: row.decidedAt ? row.decidedAt.toISOString() : null,
    decision: row.decision,
    reason: row.reason,
    version: row.version,
    mayDecide,
  };
}

/**
 * The two-person rule: a grant of an identity-reading role takes effect when someone other than its
 * requester approves it (libs/shared/domain `roleGrantRefusal` says who).
 */
@Injectable()
export class RoleGrantsService {
  constructor(
    private readonly audit: AuditService,
    private readonly database: Database,
    private readonly grants: RoleGrantsRepository,
    private readonly users: UsersRepository,
  ) {}

  async pending(auth: AuthContext): Promise<RoleGrantResponseDto[]> {
    const pool = this.database.pool;
    const [rows, admins] = [
      await this.grants.pending(pool),
      await this.users.countActiveAdmins(pool),
    ];
    return rows.map((row) => toResponse(row, this.refusal(auth, row, admins) === null));
  }

  decide(
    auth: AuthContext,
    id: string,
    dto: DecideRoleGrantDto,
    decision: 'approved' | 'declined',
    origin: RequestOrigin,
  ): Promise<RoleGrantResponseDto> {
    return this.database.transaction(async (tx) => {
      const grant = await this.grants.find(tx, id);
      if (!grant) throw new NotFoundException('No role grant with this id.');
      const refusal = this.refusal(auth, grant, await this.users.countActiveAdmins(tx));
      if (refusal) await this.refuse(auth, origin, grant, refusal);
      const decided = await this.grants.decide(tx, id, dto.version, {
        by: auth.user.id,
        decision,
        reason: dto.reason ?? null,
      });
      if (!decided) {
        throw new ConflictException({
          message:
            'This request was decided or changed by someone else since you opened it. Review it and try again.',
          current: toResponse(grant, false),
        });
      }
      // Approval makes the account an enabled holder of the role; declining leaves it as it is.
      if (decision === 'approved') await this.apply(tx, grant);
      await this.audit.record(tx, {
        action: decision === 'approved' ? 'approve_role' : 'decline_role',
        outcome: 'success',
        origin,
        actor: auth.user,
        resourceType: 'role_grant',
        resourceIds: [grant.id, grant.user.id],
        details: { role: grant.role, kind: grant.kind, decision },
      });
      return toResponse((await this.grants.find(tx, id))!, false);
    });
  }

  private refusal(auth: AuthContext, grant: RoleGrantRow, activeAdmins: number) {
    return roleGrantRefusal(
      auth.user,
      { userId: grant.user.id, requestedBy: grant.requestedBy.id },
      activeAdmins,
    );
  }

  private async apply(tx: Tx, grant: RoleGrantRow): Promise<void> {
    const account = await this.users.find(tx, grant.user.id);
    await this.users.update(tx, grant.user.id, account!.version, {
      role: grant.role,
      disabled: false,
    });
  }

  private async refuse(
    auth: AuthContext,
    origin: RequestOrigin,
    grant: RoleGrantRow,
    reason: keyof typeof REFUSALS,
  ): Promise<never> {
    await this.audit.recordAlone({
      action: 'access_denied',
      outcome: 'denied',
      origin,
      actor: auth.user,
      reason,
      resourceType: 'role_grant',
      resourceIds: [grant.id, grant.user.id],
      details: { role: grant.role },
    });
    throw new ForbiddenException(REFUSALS[reason]);
  }
}
