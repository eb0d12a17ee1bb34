import { describe, expect, it } from '@jest/globals';

import { duplicateKey } from 'src/common/validation/duplicate-keys';

describe('duplicateKey', () => {
  it.each([
    ['{"a":1,"a":2}', 'a'],
    ['{"a":1,"\\u0061":2}', 'a'],
    ['{"a":{"b":1,"c":{"b":1},"b":2}}', 'a.b'],
    ['{"legs":[{"mode":"bus"},{"mode":"car","mode":"van"}]}', 'legs[1].mode'],
    ['[{"x":1},[{"y":1,"y":1}]]', '[1][0].y'],
    ['{ "a" : 1 , "b" : [1, 2, {"c": "}", "c": "]"}] }', 'b[2].c'],
  ])('finds the key %s names twice: %s', (text, path) => {
    expect(duplicateKey(text)).toBe(path);
  });

  it.each([
    '{"a":1,"b":{"a":2},"c":[{"a":3},{"a":4}]}',
    '{"a":"\\"a\\":1","b":"{\\"a\\":1,\\"a\\":2}"}',
    '{"a":"a","b":"a"}',
    '[]',
    '"text"',
    '{"a":',
    '{"a":"unterminated',
    '{"\\x":1,"\\x":2}',
  ])('answers null for %s', (text) => {
    expect(duplicateKey(text)).toBeNull();
  });
});
