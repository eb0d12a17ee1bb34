import { BadRequestException, Param, ParseUUIDPipe } from '@nestjs/common';

/** A route id that must be a UUID; anything else is a 400 naming the parameter. */
export const UuidParam = (name: string) =>
  Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () =>
        new BadRequestException({
          message: `${name}: must be a UUID`,
          fields: [{ field: name, problems: ['must be a UUID'] }],
        }),
    }),
  );
