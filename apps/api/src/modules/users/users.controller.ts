import { Body, Query } from '@nestjs/common';

import { CurrentActor } from 'src/common/access/access.decorators';
import type { Actor } from 'src/common/access/auth-context';
import { ApiController, Endpoint } from 'src/common/http/endpoint';
import { UuidParam } from 'src/common/validation/params';
import { CreateUserDto } from 'src/modules/users/dto/create-user.dto';
import { ListUsersQueryDto } from 'src/modules/users/dto/list-users.query.dto';
import { UpdateUserDto } from 'src/modules/users/dto/update-user.dto';
import { UserPageResponseDto, UserResponseDto } from 'src/modules/users/dto/user.response.dto';
import { UsersService } from 'src/modules/users/users.service';

const account = { access: 'users:manage', response: UserResponseDto } as const;

@ApiController('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Endpoint.get('', {
    summary: 'List user accounts (paginated, sortable, filterable)',
    access: 'users:manage',
    response: UserPageResponseDto,
  })
  listUsers(@Query() query: ListUsersQueryDto) {
    return this.users.list(query);
  }

  @Endpoint.get(':id', { ...account, summary: 'Get one user account' })
  getUser(@UuidParam('id') id: string) {
    return this.users.get(id);
  }

  @Endpoint.post('', {
    ...account,
    summary: 'Create a user account (409 when a user with this email exists)',
    created: true,
    conflict: true,
  })
  createUser(@CurrentActor() actor: Actor, @Body() dto: CreateUserDto) {
    return this.users.create(actor.auth, dto, actor.origin);
  }

  @Endpoint.patch(':id', {
    ...account,
    summary: 'Change a user: name, role, disabled, password (send the version you read)',
    conflict: true,
  })
  updateUser(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() dto: UpdateUserDto,
  ) {
    return this.users.update(actor.auth, id, dto, actor.origin);
  }
}
