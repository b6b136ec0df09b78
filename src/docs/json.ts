/** Plain JSON values, and the few guards needed to walk a JSON Schema without casts. */
export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A deep copy as plain JSON: drops undefined and anything JSON cannot hold. */
export function toJson(value: unknown): JsonValue {
  return JSON.parse(JSON.stringify(value)) as JsonValue;
}

export function getObject(node: JsonObject, key: string): JsonObject | undefined {
  const value = node[key];
  return isJsonObject(value) ? value : undefined;
}

export function getString(node: JsonObject, key: string): string | undefined {
  const value = node[key];
  return typeof value === 'string' ? value : undefined;
}

export function getNumber(node: JsonObject, key: string): number | undefined {
  const value = node[key];
  return typeof value === 'number' ? value : undefined;
}

/** The objects in a list-valued keyword such as anyOf or oneOf. */
export function getObjects(node: JsonObject, key: string): JsonObject[] {
  const value = node[key];
  return Array.isArray(value) ? value.filter(isJsonObject) : [];
}
