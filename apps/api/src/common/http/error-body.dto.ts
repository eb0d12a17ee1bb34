import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldProblemsDto {
  @ApiProperty({ example: 'homePlaceId', description: 'The input field, as the request names it' })
  field!: string;
  @ApiProperty({ type: [String], example: ['no such place'] }) problems!: string[];
}

/** The body of every error answer (4xx, 5xx). */
export class ErrorBodyDto {
  @ApiProperty({ example: 404 }) statusCode!: number;
  @ApiProperty({ example: 'Not Found' }) error!: string;
  @ApiProperty({ example: 'No broker with this id.' }) message!: string;
}

/** A 400: the message names every field with a problem, and `fields` lists them. */
export class ValidationErrorBodyDto {
  @ApiProperty({ example: 400 }) statusCode!: number;
  @ApiProperty({ example: 'Bad Request' }) error!: string;
  @ApiProperty({ example: 'homePlaceId: no such place' }) message!: string;
  @ApiPropertyOptional({ type: [FieldProblemsDto] }) fields?: FieldProblemsDto[];
}
