import { ValidationPipe, type ValidationError } from '@nestjs/common';

import { type FieldProblem, fieldErrors } from 'src/common/errors/field-errors';

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    // Array items read as legs[1].mode, the same as the input guard names them.
    const field = /^\d+$/.test(error.property)
      ? `${prefix}[${error.property}]`
      : prefix
        ? `${prefix}.${error.property}`
        : error.property;
    const constraints = error.constraints ?? {};
    // A null where a value is needed is the one problem worth naming: the others follow from it.
    const messages = constraints['notNull'] ? [constraints['notNull']] : Object.values(constraints);
    const own = messages.map((m) => ({ field, problem: m.replace(/^property /, '') }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Global validation: unknown fields are refused and every problem names its field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    stopAtFirstError: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => fieldErrors(flatten(errors)),
  });
}
