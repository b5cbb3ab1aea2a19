// Checks for values that arrive as JSON (messages, replies, storage), shared so every parser means the
// same by them.

/** A plain object: not null, not an array. */
export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A whole number from 0 up: a count or a tab id. */
export const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
