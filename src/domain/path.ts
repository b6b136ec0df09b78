/** Reading and immutably writing a value at a dotted path such as `queue.capacity`. */

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at `path`, or undefined when a step along it is missing. */
export function getAt(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const key of path.split('.')) {
    if (!isRecord(node)) return undefined;
    node = node[key];
  }
  return node;
}

/** Whether every object on the way to `path` exists (the last key itself may hold null). */
export function hasPath(root: unknown, path: string): boolean {
  const keys = path.split('.');
  const last = keys.pop() as string;
  const parent = keys.length === 0 ? root : getAt(root, keys.join('.'));
  return isRecord(parent) && last in parent;
}

/** A copy of `root` with `value` at `path`, sharing every untouched branch; missing objects are created. */
export function setAt<T>(root: T, path: string, value: unknown): T {
  const write = (node: unknown, keys: readonly string[]): unknown => {
    const [key, ...rest] = keys;
    if (key === undefined) return value;
    const base = isRecord(node) ? node : {};
    return { ...base, [key]: write(base[key], rest) };
  };
  return write(root, path.split('.')) as T;
}
