import type { Page } from '@khsae/domain';
import {
  ConflictException,
  ForbiddenException,
  Inject,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import bcrypt from 'bcryptjs';
import { DataSource, type EntityManager } from 'typeorm';

import type { AuthContext, RequestOrigin } from 'src/common/access/auth-context';
import { AuditService } from 'src/common/audit/audit.service';
import { sqlStateOf } from 'src/common/errors/database-errors';
import { pageWindow } from 'src/common/http/page.dto';
import { APP_CONFIG, type AppConfig } from 'src/config/app-config';
import { SessionsService } from 'src/modules/auth/sessions.service';
import type { CreateUserDto } from 'src/modules/users/dto/create-user.dto';
import type { ListUsersQueryDto } from 'src/modules/users/dto/list-users.query.dto';
import type { UpdateUserDto } from 'src/modules/users/dto/update-user.dto';
import type { UserResponseDto } from 'src/modules/users/dto/user.response.dto';
import { toUserResponseDto } from 'src/modules/users/user.mapper';
import { UserEntity } from 'src/modules/users/user.entity';

const SORT_COLUMNS = {
  email: 'u.email',
  displayName: 'u.display_name',
  role: 'u.role',
  createdAt: 'u.created_at',
  lastLoginAt: 'u.last_login_at',
} as const;

@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(query: ListUsersQueryDto): Promise<Page<UserResponseDto>> {
    const qb = this.dataSource.getRepository(UserEntity).createQueryBuilder('u');
    if (query.q) {
      const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere('(u.email ILIKE :like OR u.display_name ILIKE :like)', { like });
    }
    if (query.role) qb.andWhere('u.role = :role', { role: query.role });
    if (query.disabled !== undefined)
      qb.andWhere('u.disabled = :disabled', { disabled: query.disabled });
    const order = query.order === 'desc' ? 'DESC' : 'ASC';
    qb.orderBy(SORT_COLUMNS[query.sort ?? 'email'], order, 'NULLS LAST').addOrderBy('u.id', 'ASC');
    const { skip, take } = pageWindow(query);
    const [users, total] = await qb.offset(skip).limit(take).getManyAndCount();
    return {
      items: users.map(toUserResponseDto),
      page: query.page,
      pageSize: query.pageSize,
      total,
    };
  }

  async get(id: string): Promise<UserResponseDto> {
    return toUserResponseDto(await this.findOrFail(this.dataSource.manager, id));
  }

  async create(
    auth: AuthContext,
    dto: CreateUserDto,
    origin: RequestOrigin,
  ): Promise<UserResponseDto> {
    const passwordHash = await bcrypt.hash(dto.password, this.config.bcryptRounds);
    try {
      return await this.dataSource.transaction(async (em) => {
        const { identifiers } = await em.insert(UserEntity, {
          email: dto.email,
          displayName: dto.displayName,
          role: dto.role,
          passwordHash,
        });
        const id = String(identifiers[0]?.['id']);
        await this.audit.record(em, {
          action: 'create',
          outcome: 'success',
          origin,
          actor: auth.user,
          resourceType: 'user',
          resourceIds: [id],
          details: { role: dto.role },
        });
        return toUserResponseDto(await this.findOrFail(em, id));
      });
    } catch (err) {
      if (sqlStateOf(err) === '23505') {
        throw new ConflictException({
          message: 'email: a user with this email already exists',
          fields: [{ field: 'email', problems: ['a user with this email already exists'] }],
        });
      }
      throw err;
    }
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

    return this.dataSource.transaction(async (em) => {
      const before = await this.findOrFail(em, id);
      const sets: string[] = [];
      const params: unknown[] = [id, dto.version];
      const set = (column: string, value: unknown) => {
        params.push(value);
        sets.push(`${column} = $${params.length}`);
      };
      if (dto.displayName !== undefined) set('display_name', dto.displayName);
      if (dto.role !== undefined) set('role', dto.role);
      if (dto.disabled !== undefined) set('disabled', dto.disabled);
      if (passwordHash) set('password_hash', passwordHash);

      // Optimistic locking: the row changes only if nobody changed it since the caller read it.
      const [, affected] = await em.query<[unknown, number]>(
        `UPDATE users SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')}
          WHERE id = $1 AND version = $2`,
        params,
      );
      if (affected === 0) {
        throw new ConflictException({
          message:
            'This user was changed by someone else since you opened it. Review the current values and try again.',
          current: toUserResponseDto(before),
        });
      }
      if (dto.disabled === true || passwordHash) await this.sessions.revokeAllForUser(em, id);

      const changed = (['displayName', 'role', 'disabled', 'password'] as const).filter(
        (k) => dto[k] !== undefined,
      );
      await this.audit.record(em, {
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
      return toUserResponseDto(await this.findOrFail(em, id));
    });
  }

  private async findOrFail(em: EntityManager, id: string): Promise<UserEntity> {
    const user = await em.findOne(UserEntity, { where: { id } });
    if (!user) throw new NotFoundException('No user with this id.');
    return user;
  }
}
