import { Param, ParseUUIDPipe } from '@nestjs/common';

import { fieldError } from 'src/common/errors/field-errors';

/** A route id that must be a UUID; anything else is a 400 naming the parameter. */
export const UuidParam = (name: string) =>
  Param(name, new ParseUUIDPipe({ exceptionFactory: () => fieldError(name, 'must be a UUID') }));
