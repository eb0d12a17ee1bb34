import { Body, Query } from '@nestjs/common';

import { CurrentActor } from 'src/common/access/access.decorators';
import type { Actor } from 'src/common/access/auth-context';
import { ApiController, Endpoint } from 'src/common/http/endpoint';
import { UuidParam } from 'src/common/validation/params';
import { CreateUserDto } from 'src/modules/users/dto/create-user.dto';
import { ListUsersQueryDto } from 'src/modules/users/dto/list-users.query.dto';
import {
  IssueResetCodeDto,
  UserWithResetCodeResponseDto,
} from 'src/modules/users/dto/reset-code.dto';
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
    access: 'users:manage',
    response: UserWithResetCodeResponseDto,
    summary:
      'Create a user account with a one-time code for the user to set a password (409 when the email exists)',
    description:
      'An account with a role that reads identities stays disabled until a second person approves its role grant.',
    created: true,
    conflict: true,
  })
  createUser(@CurrentActor() actor: Actor, @Body() dto: CreateUserDto) {
    return this.users.create(actor.auth, dto, actor.origin);
  }

  @Endpoint.patch(':id', {
    ...account,
    summary: 'Change a user: name, role, disabled (send the version you read)',
    description:
      'A role that reads identities, or enabling an account that holds one, waits for a second person: the answer keeps the current role and access, and a role grant is pending.',
    conflict: true,
  })
  updateUser(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() dto: UpdateUserDto,
  ) {
    return this.users.update(actor.auth, id, dto, actor.origin);
  }

  @Endpoint.post(':id/reset-code', {
    access: 'users:manage',
    response: UserWithResetCodeResponseDto,
    summary:
      'Reset a password: the old one stops working, sessions end, and a one-time code is issued (shown once)',
    description:
      'The code expires in 24 hours and works once. An account with a role that reads identities is disabled until a second person approves.',
    created: true,
    conflict: UserResponseDto,
  })
  resetUserPassword(
    @CurrentActor() actor: Actor,
    @UuidParam('id') id: string,
    @Body() dto: IssueResetCodeDto,
  ) {
    return this.users.resetPassword(actor.auth, id, dto, actor.origin);
  }
}
