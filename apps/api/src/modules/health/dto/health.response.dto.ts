import { ApiProperty } from '@nestjs/swagger';

class PoolHealthDto {
  @ApiProperty({ description: 'Connections open' }) size!: number;
  @ApiProperty({ description: 'The most connections the pool opens' }) max!: number;
  @ApiProperty({ description: 'Open connections not in use' }) idle!: number;
  @ApiProperty({ description: 'Requests waiting for a connection' }) waiting!: number;
}

class DatabaseHealthDto {
  @ApiProperty({
    enum: ['up', 'busy', 'down'],
    description:
      'busy: every connection is in use and the probe waited in vain (PostgreSQL may be fine)',
  })
  status!: 'up' | 'busy' | 'down';
  @ApiProperty({ enum: ['embedded', 'server'] }) mode!: 'embedded' | 'server';
  @ApiProperty({ type: PoolHealthDto }) pool!: PoolHealthDto;
}

export class HealthResponseDto {
  @ApiProperty({ enum: ['ok', 'busy', 'unavailable'] }) status!: 'ok' | 'busy' | 'unavailable';
  @ApiProperty({ type: DatabaseHealthDto }) database!: DatabaseHealthDto;
  @ApiProperty({ example: '0.1.0' }) version!: string;
  @ApiProperty() demoMode!: boolean;
}
