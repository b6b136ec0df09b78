/**
 * The first key that appears twice in one object of a JSON text. `JSON.parse` keeps the last and
 * drops the first without a word, so a pack with two "goals" in one exercise would silently lose
 * one. A linear scan with an explicit stack: no recursion, so it is safe on any text that
 * `findTooDeep` let through. Meant for text `JSON.parse` has accepted.
 */

export interface DuplicateKey {
  /** The dotted path of the object holding the key twice ('' for the top level). */
  path: string;
  key: string;
}

interface Frame {
  object: boolean;
  path: string;
  keys: Set<string>;
  /** In an object: the key whose value comes next; in a list: the index of the next item. */
  key: string;
  index: number;
  expectKey: boolean;
}

const join = (path: string, part: string) => (path === '' ? part : `${path}.${part}`);

export function findDuplicateKey(text: string): DuplicateKey | null {
  const stack: Frame[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // A string: find its end, skipping escaped characters.
      let end = i + 1;
      while (end < text.length && text.charCodeAt(end) !== 0x22)
        end += text.charCodeAt(end) === 0x5c ? 2 : 1;
      const top = stack.at(-1);
      if (top?.object && top.expectKey) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (top.keys.has(key)) return { path: top.path, key };
        top.keys.add(key);
        top.key = key;
        top.expectKey = false;
      }
      i = end;
    } else if (c === 0x7b || c === 0x5b) {
      const parent = stack.at(-1);
      const path =
        parent === undefined
          ? ''
          : join(parent.path, parent.object ? parent.key : String(parent.index));
      stack.push({ object: c === 0x7b, path, keys: new Set(), key: '', index: 0, expectKey: true });
    } else if (c === 0x7d || c === 0x5d) stack.pop();
    else if (c === 0x2c) {
      const top = stack.at(-1);
      if (top?.object) top.expectKey = true;
      else if (top) top.index++;
    }
  }
  return null;
}
