import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

import { readsIdentities, type Role, type RoleGrantKind } from '@khsae/domain';
import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import bcrypt from 'bcryptjs';

import type { AuthContext, RequestOrigin } from 'src/common/access/auth-context';
import { AuditService } from 'src/common/audit/audit.service';
import { type PageOf, pageResponse, pageWindow } from 'src/common/http/page.dto';
import { fieldError } from 'src/common/errors/field-errors';
import { APP_CONFIG, type AppConfig } from 'src/config/app-config';
import { Database, type Tx } from 'src/database/database';
import type { CreateUserDto } from 'src/modules/users/dto/create-user.dto';
import type { ListUsersQueryDto } from 'src/modules/users/dto/list-users.query.dto';
import type {
  IssueResetCodeDto,
  ResetCodeResponseDto,
  UserWithResetCodeResponseDto,
} from 'src/modules/users/dto/reset-code.dto';
import type { UpdateUserDto } from 'src/modules/users/dto/update-user.dto';
import type { UserResponseDto } from 'src/modules/users/dto/user.response.dto';
import { toUserResponseDto } from 'src/modules/users/user.mapper';
import type { UserEntity } from 'src/modules/users/user.entity';
import { ResetCodesRepository } from 'src/modules/users/reset-codes.repository';
import { RoleGrantsRepository } from 'src/modules/users/role-grants.repository';
import { EMAIL_TAKEN, UsersRepository } from 'src/modules/users/users.repository';

/** Work that must happen in the same transaction when an account's sign-ins must end. */
export type SignInsEnd = (tx: Tx, userId: string) => Promise<void>;

/** An account as signing in needs it: who, whether disabled, and the password hash to compare. */
export type SignInAccount = Pick<
  UserEntity,
  'id' | 'email' | 'displayName' | 'role' | 'disabled' | 'passwordHash'
>;

function emailTaken(): ConflictException {
  return new ConflictException({
    message: 'email: a user with this email already exists',
    fields: [{ field: 'email', problems: ['a user with this email already exists'] }],
  });
}

/** How long a one-time reset code lives. */
const RESET_CODE_HOURS = 24;
// Crockford's base32: no I, L, O or U to misread when the code is read out or typed.
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A random code of 12 characters (60 bits), in groups of four. */
function newResetCode(): string {
  const bytes = randomBytes(12);
  const chars = [...bytes].map((b) => CODE_ALPHABET[b % 32]).join('');
  return chars.match(/.{4}/g)!.join('-');
}

/** The code as stored: case, spaces and dashes do not matter to the person typing it. */
function hashCode(code: string): string {
  const canonical = code.toUpperCase().replace(/[\s-]/g, '');
  return createHash('sha256').update(canonical).digest('hex');
}

function safeEqual(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

function notFound(): NotFoundException {
  return new NotFoundException('No user with this id.');
}

/** User accounts: who may sign in, with which role. */
@Injectable()
export class UsersService {
  private readonly signInsEnd: SignInsEnd[] = [];

  constructor(
    private readonly audit: AuditService,
    private readonly database: Database,
    private readonly users: UsersRepository,
    private readonly grants: RoleGrantsRepository,
    private readonly codes: ResetCodesRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Sessions belong to the auth module: it ends them when an account is disabled or its password changes. */
  whenSignInsEnd(work: SignInsEnd): void {
    this.signInsEnd.push(work);
  }

  async list(query: ListUsersQueryDto): Promise<PageOf<UserResponseDto>> {
    const { entities, total } = await this.users.list(this.database.pool, query, pageWindow(query));
    return pageResponse(query, { entities, total, totalExact: true }, toUserResponseDto);
  }

  async get(id: string): Promise<UserResponseDto> {
    const user = await this.users.find(this.database.pool, id);
    if (!user) throw notFound();
    return toUserResponseDto(user);
  }

  async create(
    auth: AuthContext,
    dto: CreateUserDto,
    origin: RequestOrigin,
  ): Promise<UserWithResetCodeResponseDto> {
    const waits = readsIdentities(dto.role);
    return this.database.transaction(async (tx) => {
      // An identity-reading account stays disabled until a second person approves its role.
      const user = await this.users.insert(tx, {
        email: dto.email,
        displayName: dto.displayName,
        role: dto.role,
        passwordHash: null,
        disabled: waits,
      });
      if (user === EMAIL_TAKEN) throw emailTaken();
      const resetCode = await this.issueCode(tx, auth, user.id);
      await this.audit.record(tx, {
        action: 'create',
        outcome: 'success',
        origin,
        actor: auth.user,
        resourceType: 'user',
        resourceIds: [user.id],
        details: { role: dto.role, resetCodeExpiresAt: resetCode.expiresAt },
      });
      const pendingGrantId = waits
        ? await this.requestGrant(tx, auth, origin, user.id, dto.role, 'create')
        : null;
      return { ...toUserResponseDto(user), resetCode, pendingGrantId };
    });
  }

  async update(
    auth: AuthContext,
    id: string,
    dto: UpdateUserDto,
    origin: RequestOrigin,
  ): Promise<UserResponseDto> {
    if (auth.user.id === id && dto.role !== undefined && dto.role !== auth.user.role) {
      await this.refuseOwn(auth, origin, id, 'role', 'own_role', 'you cannot change your own role');
    }
    if (auth.user.id === id && dto.disabled === true) {
      await this.refuseOwn(
        auth,
        origin,
        id,
        'disabled',
        'own_account',
        'you cannot disable your own account',
      );
    }

    return this.database.transaction(async (tx) => {
      const before = await this.users.find(tx, id);
      if (!before) throw notFound();
      const role = dto.role ?? before.role;
      const disabled = dto.disabled ?? before.disabled;
      // Becoming an active holder of an identity-reading role waits for a second person.
      const grant =
        readsIdentities(role) && !disabled && (role !== before.role || before.disabled)
          ? { role, kind: role !== before.role ? ('role_change' as const) : ('enable' as const) }
          : null;
      const user = await this.users.update(tx, id, dto.version, {
        displayName: dto.displayName,
        role: grant ? undefined : dto.role,
        // A disabled account stays disabled until the grant is approved, whatever else changes.
        disabled: grant && before.disabled ? undefined : dto.disabled,
      });
      if (!user) {
        throw new ConflictException({
          message:
            'This user was changed by someone else since you opened it. Review the current values and try again.',
          current: toUserResponseDto(before),
        });
      }
      if (dto.disabled === true) {
        for (const end of this.signInsEnd) await end(tx, id);
      }

      const changed = (['displayName', 'role', 'disabled'] as const).filter(
        (k) => dto[k] !== undefined,
      );
      await this.audit.record(tx, {
        action: 'update',
        outcome: 'success',
        origin,
        actor: auth.user,
        resourceType: 'user',
        resourceIds: [id],
        details: {
          changed,
          ...(user.role !== before.role ? { role: { from: before.role, to: user.role } } : {}),
          ...(user.disabled !== before.disabled ? { disabled: user.disabled } : {}),
        },
      });
      if (grant) {
        await this.requestGrant(tx, auth, origin, id, grant.role, grant.kind);
      } else if (dto.role !== undefined || dto.disabled !== undefined) {
        // A newer decision about the account's role or access replaces a request still waiting.
        const withdrawn = await this.grants.withdrawPending(tx, id, auth.user.id);
        if (withdrawn)
          await this.auditGrant(tx, auth, origin, 'decline_role', withdrawn, id, 'withdrawn');
      }
      return toUserResponseDto(user);
    });
  }

  /**
   * Resets an account's password: the old one stops working, its sessions end, and a one-time code
   * is issued for the user to set a new one. An identity-reading account waits for a second person.
   */
  async resetPassword(
    auth: AuthContext,
    id: string,
    dto: IssueResetCodeDto,
    origin: RequestOrigin,
  ): Promise<UserWithResetCodeResponseDto> {
    return this.database.transaction(async (tx) => {
      const before = await this.users.find(tx, id);
      if (!before) throw notFound();
      const waits = readsIdentities(before.role) && !before.disabled;
      const user = await this.users.update(tx, id, dto.version, {
        passwordHash: null,
        ...(waits ? { disabled: true } : {}),
      });
      if (!user) {
        throw new ConflictException({
          message:
            'This user was changed by someone else since you opened it. Review the current values and try again.',
          current: toUserResponseDto(before),
        });
      }
      for (const end of this.signInsEnd) await end(tx, id);
      const resetCode = await this.issueCode(tx, auth, id);
      await this.audit.record(tx, {
        action: 'issue_reset_code',
        outcome: 'success',
        origin,
        actor: auth.user,
        resourceType: 'user',
        resourceIds: [id],
        details: { expiresAt: resetCode.expiresAt, ...(waits ? { disabled: true } : {}) },
      });
      const pendingGrantId = waits
        ? await this.requestGrant(tx, auth, origin, id, before.role, 'reset')
        : null;
      return { ...toUserResponseDto(user), resetCode, pendingGrantId };
    });
  }

  /**
   * Redeems a one-time code: the user sets their own password, the code is spent and the account's
   * sessions end. False when the email has no live code or the code is not it.
   */
  async redeemResetCode(
    email: string,
    code: string,
    newPassword: string,
    origin: RequestOrigin,
  ): Promise<boolean> {
    const passwordHash = await bcrypt.hash(newPassword, this.config.bcryptRounds);
    return this.database.transaction(async (tx) => {
      const user = await this.users.findByEmailForUpdate(tx, email);
      const live = user ? await this.codes.findLive(tx, user.id) : null;
      if (!user || !live || !safeEqual(live.codeHash, hashCode(code))) return false;
      await this.codes.redeem(tx, live.id);
      await this.users.setPassword(tx, user.id, passwordHash);
      for (const end of this.signInsEnd) await end(tx, user.id);
      await this.audit.record(tx, {
        action: 'redeem_reset_code',
        outcome: 'success',
        origin,
        actor: { id: user.id, email: user.email, displayName: user.displayName, role: user.role },
        resourceType: 'user',
        resourceIds: [user.id],
      });
      return true;
    });
  }

  /** A new one-time code for an account (replacing a live one); the caller audits it. */
  private async issueCode(
    tx: Tx,
    auth: AuthContext,
    userId: string,
  ): Promise<ResetCodeResponseDto> {
    const code = newResetCode();
    const expiresAt = new Date(Date.now() + RESET_CODE_HOURS * 3_600_000);
    await this.codes.issue(tx, {
      userId,
      codeHash: hashCode(code),
      issuedBy: auth.user.id,
      expiresAt,
    });
    return { code, expiresAt: expiresAt.toISOString() };
  }

  private async requestGrant(
    tx: Tx,
    auth: AuthContext,
    origin: RequestOrigin,
    userId: string,
    role: Role,
    kind: RoleGrantKind,
  ): Promise<string> {
    const id = await this.grants.request(tx, { userId, role, kind, requestedBy: auth.user.id });
    await this.audit.record(tx, {
      action: 'request_role',
      outcome: 'success',
      origin,
      actor: auth.user,
      resourceType: 'role_grant',
      resourceIds: [id, userId],
      details: { role, kind },
    });
    return id;
  }

  private auditGrant(
    tx: Tx,
    auth: AuthContext,
    origin: RequestOrigin,
    action: 'approve_role' | 'decline_role',
    grantId: string,
    userId: string,
    decision: string,
  ): Promise<void> {
    return this.audit.record(tx, {
      action,
      outcome: 'success',
      origin,
      actor: auth.user,
      resourceType: 'role_grant',
      resourceIds: [grantId, userId],
      details: { decision },
    });
  }

  /** A rule about one's own account: 400 naming the field, audited as a refusal. */
  private async refuseOwn(
    auth: AuthContext,
    origin: RequestOrigin,
    id: string,
    field: string,
    reason: string,
    problem: string,
  ): Promise<never> {
    await this.audit.recordAlone({
      action: 'access_denied',
      outcome: 'denied',
      origin,
      actor: auth.user,
      reason,
      resourceType: 'user',
      resourceIds: [id],
      details: { field },
    });
    throw fieldError(field, problem);
  }

  /** Whether no account exists at all: a new installation. */
  async noAccounts(): Promise<boolean> {
    return (await this.users.count(this.database.pool)) === 0;
  }

  /**
   * The first accounts of an installation (the demo accounts, or the first admin), all with one
   * password, created by the system itself and audited as such.
   */
  async createFirstAccounts(
    accounts: readonly { email: string; displayName: string; role: Role }[],
    password: string,
    origin: RequestOrigin,
    by: 'demo-seed' | 'bootstrap',
  ): Promise<void> {
    const passwordHash = await bcrypt.hash(password, this.config.bcryptRounds);
    await this.database.transaction(async (tx) => {
      for (const account of accounts) {
        const user = await this.users.insert(tx, { ...account, passwordHash });
        if (user === EMAIL_TAKEN) throw emailTaken();
        await this.audit.record(tx, {
          action: 'create',
          outcome: 'success',
          origin,
          resourceType: 'user',
          resourceIds: [user.id],
          details: { role: account.role, by },
        });
      }
    });
  }

  /**
   * The demo world's pending grant: an account created by the system with the demo password, disabled
   * until someone other than the admin who asked for its role approves it.
   */
  async createAwaitingApproval(
    account: { email: string; displayName: string; role: Role },
    password: string,
    requestedByEmail: string,
    origin: RequestOrigin,
  ): Promise<void> {
    const passwordHash = await bcrypt.hash(password, this.config.bcryptRounds);
    await this.database.transaction(async (tx) => {
      const requester = await this.users.findWithPassword(tx, requestedByEmail);
      const user = await this.users.insert(tx, { ...account, passwordHash, disabled: true });
      if (user === EMAIL_TAKEN) throw emailTaken();
      if (!requester) throw new Error(`no account ${requestedByEmail} to request the grant`);
      await this.audit.record(tx, {
        action: 'create',
        outcome: 'success',
        origin,
        resourceType: 'user',
        resourceIds: [user.id],
        details: { role: account.role, by: 'demo-seed' },
      });
      const actor = {
        id: requester.id,
        email: requester.email,
        displayName: requester.displayName,
        role: requester.role,
      };
      await this.requestGrant(
        tx,
        { sessionId: '', user: actor, permissions: [] },
        origin,
        user.id,
        account.role,
        'create',
      );
    });
  }

  /** The account of an email, for signing in; null when there is none. */
  findForSignIn(email: string): Promise<SignInAccount | null> {
    return this.users.findWithPassword(this.database.pool, email);
  }

  /** Notes when the account signed in, in the sign-in's transaction. */
  signedIn(tx: Tx, id: string): Promise<void> {
    return this.users.signedIn(tx, id);
  }

  /** SQL for another module's statement: the enabled account a column refers to, as JSON, or NULL. */
  enabledAccountSql(column: string): string {
    return this.users.enabledAccountSql(column);
  }
}
