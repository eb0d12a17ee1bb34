/** The body of every error answer; `fields` names what was wrong with the input, `current` a 409's record. */
export type ApiErrorBody = {
  statusCode: number;
  error: string;
  message: string;
  fields?: { field: string; problems: string[] }[];
  current?: unknown;
};
