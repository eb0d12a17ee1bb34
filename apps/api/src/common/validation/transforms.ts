type TransformArgs = { value: unknown };

/** Trims strings and folds them to Unicode NFC so equal text is stored equally. */
export const trimmed = ({ value }: TransformArgs): unknown =>
  typeof value === 'string' ? value.normalize('NFC').trim() : value;

/** Query strings carry booleans as text; anything but "true"/"false" is left to fail validation. */
export const booleanFromQuery = ({ value }: TransformArgs): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;

/** Emails are compared case-insensitively: store and look them up trimmed and lower-cased. */
export const emailAddress = ({ value }: TransformArgs): unknown =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;
