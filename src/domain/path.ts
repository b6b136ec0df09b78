/** Reading and immutably writing a value at a dotted path such as `queue.capacity`. */

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A list's item by its index, in a path such as `downstream.0.queue.capacity` (a pipeline's stages). */
const item = (node: unknown, key: string) => Array.isArray(node) && /^\d+$/.test(key);

/** The value at `path`, or undefined when a step along it is missing. */
export function getAt(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const key of path.split('.')) {
    if (!isRecord(node) && !item(node, key)) return undefined;
    node = (node as Json)[key];
  }
  return node;
}

/** Whether every object on the way to `path` exists (the last key itself may hold null). */
export function hasPath(root: unknown, path: string): boolean {
  const keys = path.split('.');
  const last = keys.pop() as string;
  const parent = keys.length === 0 ? root : getAt(root, keys.join('.'));
  return (isRecord(parent) || item(parent, last)) && last in (parent as Json);
}

/**
 * A copy of `root` with `value` at `path`, sharing every untouched branch; missing objects are
 * created, and a list's item is written in a copy of the list.
 */
export function setAt<T>(root: T, path: string, value: unknown): T {
  const write = (node: unknown, keys: readonly string[]): unknown => {
    const [key, ...rest] = keys;
    if (key === undefined) return value;
    const base = isRecord(node) || item(node, key) ? (node as Json) : {};
    const copy = Array.isArray(base) ? [...base] : { ...base };
    (copy as Json)[key] = write(base[key], rest);
    return copy;
  };
  return write(root, path.split('.')) as T;
}
