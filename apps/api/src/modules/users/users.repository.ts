import type { Role } from '@khsae/domain';
import { Injectable } from '@nestjs/common';

import { sqlStateOf } from 'src/common/errors/database-errors';
import type { Tx } from 'src/database/database';
import { likePattern } from 'src/database/paging';
import { hydrate } from 'src/database/statements';
import type { ListUsersQueryDto } from 'src/modules/users/dto/list-users.query.dto';
import { UserEntity } from 'src/modules/users/user.entity';

const SORT_COLUMNS = {
  email: 'u.email',
  displayName: 'u.display_name',
  role: 'u.role',
  createdAt: 'u.created_at',
  lastLoginAt: 'u.last_login_at',
} as const;

/** Every column but the password hash, which only sign-in reads. */
const ACCOUNT =
  'id, email, display_name, role, disabled, version, last_login_at, created_at, updated_at';

/** What an insert answers when an account has the email already. */
export const EMAIL_TAKEN = 'email taken';

/** An account's columns a statement may set, as the request names them. */
export type AccountValues = Partial<{
  displayName: string;
  role: Role;
  disabled: boolean;
  passwordHash: string | null;
}>;

const COLUMNS: Record<keyof AccountValues, string> = {
  displayName: 'display_name',
  role: 'role',
  disabled: 'disabled',
  passwordHash: 'password_hash',
};

/** The SQL of user accounts. */
@Injectable()
export class UsersRepository {
  /** SQL for another module's statement: the enabled account a column refers to, as JSON, or NULL. */
  enabledAccountSql(column: string): string {
    return `(SELECT json_build_object('id', u.id, 'email', u.email, 'displayName', u.display_name, 'role', u.role)
               FROM users u WHERE u.id = ${column} AND NOT u.disabled)`;
  }

  async list(
    tx: Tx,
    query: ListUsersQueryDto,
    window: { skip: number; take: number },
  ): Promise<{ entities: UserEntity[]; total: number }> {
    const qb = tx.createQueryBuilder(UserEntity, 'u');
    if (query.q) {
      qb.andWhere('(u.email ILIKE :like OR u.display_name ILIKE :like)', {
        like: likePattern(query.q),
      });
    }
    if (query.role) qb.andWhere('u.role = :role', { role: query.role });
    if (query.disabled !== undefined)
      qb.andWhere('u.disabled = :disabled', { disabled: query.disabled });
    const order = query.order === 'desc' ? 'DESC' : 'ASC';
    qb.orderBy(SORT_COLUMNS[query.sort ?? 'email'], order, 'NULLS LAST').addOrderBy('u.id', 'ASC');
    const [entities, total] = await qb.offset(window.skip).limit(window.take).getManyAndCount();
    return { entities, total };
  }

  async count(tx: Tx): Promise<number> {
    return tx.count(UserEntity);
  }

  async find(tx: Tx, id: string): Promise<UserEntity | null> {
    return tx.findOne(UserEntity, { where: { id } });
  }

  /** The account of an email with its password hash, for signing in. */
  async findWithPassword(tx: Tx, email: string): Promise<UserEntity | null> {
    return tx
      .createQueryBuilder(UserEntity, 'u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email })
      .getOne();
  }

  async insert(
    tx: Tx,
    account: {
      email: string;
      displayName: string;
      role: Role;
      passwordHash: string | null;
      disabled?: boolean;
    },
  ): Promise<UserEntity | typeof EMAIL_TAKEN> {
    try {
      const [raw] = await tx.query<Record<string, unknown>[]>(
        `INSERT INTO users (email, display_name, role, password_hash, disabled) VALUES ($1, $2, $3, $4, $5)
         RETURNING ${ACCOUNT}`,
        [
          account.email,
          account.displayName,
          account.role,
          account.passwordHash,
          account.disabled ?? false,
        ],
      );
      return hydrate(tx, UserEntity, raw!);
    } catch (err) {
      if (sqlStateOf(err) === '23505') return EMAIL_TAKEN;
      throw err;
    }
  }

  /** Accounts that are admins and enabled: where there is one, a supervisor may approve grants. */
  async countActiveAdmins(tx: Tx): Promise<number> {
    const [row] = await tx.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM users WHERE role = 'admin' AND NOT disabled`,
    );
    return row?.n ?? 0;
  }

  /** The account of an email, locked for the rest of the transaction (redeeming a code). */
  async findByEmailForUpdate(tx: Tx, email: string): Promise<UserEntity | null> {
    const [raw] = await tx.query<Record<string, unknown>[]>(
      `SELECT ${ACCOUNT} FROM users WHERE email = $1 FOR UPDATE`,
      [email],
    );
    return raw ? hydrate(tx, UserEntity, raw) : null;
  }

  /** Sets the password the user chose (redeeming a code); the version is not the admin's to race. */
  async setPassword(tx: Tx, id: string, passwordHash: string): Promise<void> {
    await tx.query(
      `UPDATE users SET password_hash = $2, version = version + 1, updated_at = now() WHERE id = $1`,
      [id, passwordHash],
    );
  }

  /**
   * Optimistic locking: sets the values given only if the account still has the version the caller
   * read, and bumps it. Null when nothing matched.
   */
  async update(
    tx: Tx,
    id: string,
    version: number,
    values: AccountValues,
  ): Promise<UserEntity | null> {
    const params: unknown[] = [id, version];
    const sets = (Object.keys(COLUMNS) as (keyof AccountValues)[])
      .filter((key) => values[key] !== undefined)
      .map((key) => `${COLUMNS[key]} = $${params.push(values[key])}`);
    const [raw] = await tx.query<Record<string, unknown>[]>(
      `WITH changed AS (
         UPDATE users SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')}
          WHERE id = $1 AND version = $2
         RETURNING ${ACCOUNT}
       ) SELECT * FROM changed`,
      params,
    );
    return raw ? hydrate(tx, UserEntity, raw) : null;
  }

  /** When the account last signed in. */
  async signedIn(tx: Tx, id: string): Promise<void> {
    await tx.query(
      `UPDATE users SET last_login_at = now(), updated_at = CURRENT_TIMESTAMP WHERE id = $1`,
      [id],
    );
  }
}
