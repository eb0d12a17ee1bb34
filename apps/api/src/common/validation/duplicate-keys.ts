type Frame =
  | { kind: 'object'; path: string; keys: Set<string>; key: string | null; expectsKey: boolean }
  | { kind: 'array'; path: string; index: number };

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** The path of a value inside its container, named as the input guard names fields (a.b, legs[1].mode). */
function pathWithin(frame: Frame | undefined): string {
  if (!frame) return '';
  return frame.kind === 'array'
    ? `${frame.path}[${frame.index}]`
    : join(frame.path, frame.key ?? '');
}

/**
 * The first key that an object in this JSON text names twice (JSON.parse would keep the last one
 * silently), as a field path; null when there is none. Text that is not JSON answers null: the
 * parser reports it.
 */
export function duplicateKey(text: string): string | null {
  const stack: Frame[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    const top = stack[stack.length - 1];
    if (c === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      if (end >= text.length) return null;
      if (top?.kind === 'object' && top.expectsKey) {
        const literal = text.slice(i, end + 1);
        let key: string;
        try {
          key = literal.includes('\\') ? (JSON.parse(literal) as string) : literal.slice(1, -1);
        } catch {
          return null;
        }
        if (top.keys.has(key)) return join(top.path, key);
        top.keys.add(key);
        top.key = key;
        top.expectsKey = false;
      }
      i = end;
    } else if (c === '{') {
      stack.push({
        kind: 'object',
        path: pathWithin(top),
        keys: new Set(),
        key: null,
        expectsKey: true,
      });
    } else if (c === '[') {
      stack.push({ kind: 'array', path: pathWithin(top), index: 0 });
    } else if (c === '}' || c === ']') {
      stack.pop();
    } else if (c === ',' && top) {
      if (top.kind === 'object') top.expectsKey = true;
      else top.index += 1;
    }
  }
  return null;
}
