import { BadRequestException } from '@nestjs/common';

/** One thing wrong with one input field, named as the request names it (`legs[1].toPlaceId`). */
export type FieldProblem = { field: string; problem: string };

/**
 * The one 400 for bad input: every problem grouped under its field, and a message that names them all.
 * Validation, route parameters and services' own rules all answer with it.
 */
export function fieldErrors(problems: FieldProblem[]): BadRequestException {
  const fields = [...new Set(problems.map((p) => p.field))].map((field) => ({
    field,
    problems: problems.filter((p) => p.field === field).map((p) => p.problem),
  }));
  const message = fields.map((f) => `${f.field}: ${f.problems.join(', ')}`).join('; ');
  return new BadRequestException({ message: message || 'The request is not valid.', fields });
}

export function fieldError(field: string, problem: string): BadRequestException {
  return fieldErrors([{ field, problem }]);
}
