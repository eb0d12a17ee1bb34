import type { Role } from '@khsae/domain';
import {
  ConflictException,
  ForbiddenException,
  Inject,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import bcrypt from 'bcryptjs';

import type { AuthContext, RequestOrigin } from 'src/common/access/auth-context';
import { AuditService } from 'src/common/audit/audit.service';
import { type PageOf, pageResponse, pageWindow } from 'src/common/http/page.dto';
import { APP_CONFIG, type AppConfig } from 'src/config/app-config';
import { Database, type Tx } from 'src/database/database';
import type { CreateUserDto } from 'src/modules/users/dto/create-user.dto';
import type { ListUsersQueryDto } from 'src/modules/users/dto/list-users.query.dto';
import type { UpdateUserDto } from 'src/modules/users/dto/update-user.dto';
import type { UserResponseDto } from 'src/modules/users/dto/user.response.dto';
import { toUserResponseDto } from 'src/modules/users/user.mapper';
import type { UserEntity } from 'src/modules/users/user.entity';
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
  ): Promise<UserResponseDto> {
    const passwordHash = await bcrypt.hash(dto.password, this.config.bcryptRounds);
    return this.database.transaction(async (tx) => {
      const user = await this.users.insert(tx, {
        email: dto.email,
        displayName: dto.displayName,
        role: dto.role,
        passwordHash,
      });
      if (user === EMAIL_TAKEN) throw emailTaken();
      await this.audit.record(tx, {
        action: 'create',
        outcome: 'success',
        origin,
        actor: auth.user,
        resourceType: 'user',
        resourceIds: [user.id],
        details: { role: dto.role },
      });
      return toUserResponseDto(user);
    });
  }

  async update(
    auth: AuthContext,
    id: string,
    dto: UpdateUserDto,
    origin: RequestOrigin,
  ): Promise<UserResponseDto> {
    if (auth.user.id === id && dto.role !== undefined && dto.role !== auth.user.role) {
      throw new ForbiddenException('role: you cannot change your own role');
    }
    if (auth.user.id === id && dto.disabled === true) {
      throw new ForbiddenException('disabled: you cannot disable your own account');
    }
    const passwordHash = dto.password
      ? await bcrypt.hash(dto.password, this.config.bcryptRounds)
      : undefined;

    return this.database.transaction(async (tx) => {
      const before = await this.users.find(tx, id);
      if (!before) throw notFound();
      const user = await this.users.update(tx, id, dto.version, {
        displayName: dto.displayName,
        role: dto.role,
        disabled: dto.disabled,
        passwordHash,
      });
      if (!user) {
        throw new ConflictException({
          message:
            'This user was changed by someone else since you opened it. Review the current values and try again.',
          current: toUserResponseDto(before),
        });
      }
      if (dto.disabled === true || passwordHash) {
        for (const end of this.signInsEnd) await end(tx, id);
      }

      const changed = (['displayName', 'role', 'disabled', 'password'] as const).filter(
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
          ...(dto.role !== undefined && dto.role !== before.role
            ? { role: { from: before.role, to: dto.role } }
            : {}),
          ...(dto.disabled !== undefined ? { disabled: dto.disabled } : {}),
        },
      });
      return toUserResponseDto(user);
    });
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
