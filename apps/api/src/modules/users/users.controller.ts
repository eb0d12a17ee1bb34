import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';

import { CurrentAuth, Origin, RequirePermission } from 'src/common/access/access.decorators';
import type { AuthContext, RequestOrigin } from 'src/common/access/auth-context';
import { UuidParam } from 'src/common/validation/params';
import { CreateUserDto } from 'src/modules/users/dto/create-user.dto';
import { ListUsersQueryDto } from 'src/modules/users/dto/list-users.query.dto';
import { UpdateUserDto } from 'src/modules/users/dto/update-user.dto';
import { UserPageResponseDto, UserResponseDto } from 'src/modules/users/dto/user.response.dto';
import { UsersService } from 'src/modules/users/users.service';

@ApiTags('users')
@ApiCookieAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly usersService: UsersService) {}

  @Get()
  @RequirePermission('users:manage')
  @ApiOperation({ summary: 'List user accounts (paginated, sortable, filterable)' })
  @ApiOkResponse({ type: UserPageResponseDto })
  listUsers(@Query() query: ListUsersQueryDto): Promise<UserPageResponseDto> {
    return this.usersService.list(query);
  }

  @Get(':id')
  @RequirePermission('users:manage')
  @ApiOperation({ summary: 'Get one user account' })
  @ApiOkResponse({ type: UserResponseDto })
  getUser(@UuidParam('id') id: string): Promise<UserResponseDto> {
    return this.usersService.get(id);
  }

  @Post()
  @RequirePermission('users:manage')
  @ApiOperation({ summary: 'Create a user account' })
  @ApiCreatedResponse({ type: UserResponseDto })
  @ApiConflictResponse({ description: 'A user with this email exists' })
  createUser(
    @CurrentAuth() auth: AuthContext,
    @Body() dto: CreateUserDto,
    @Origin() origin: RequestOrigin,
  ): Promise<UserResponseDto> {
    return this.usersService.create(auth, dto, origin);
  }

  @Patch(':id')
  @RequirePermission('users:manage')
  @ApiOperation({
    summary: 'Change a user: name, role, disabled, password (send the version you read)',
  })
  @ApiOkResponse({ type: UserResponseDto })
  @ApiConflictResponse({ description: 'The version is stale; the body carries the current record' })
  updateUser(
    @CurrentAuth() auth: AuthContext,
    @UuidParam('id') id: string,
    @Body() dto: UpdateUserDto,
    @Origin() origin: RequestOrigin,
  ): Promise<UserResponseDto> {
    return this.usersService.update(auth, id, dto, origin);
  }
}
