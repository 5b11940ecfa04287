/**
 * The mark of a field an editor still has to write (left by `npm run ingest`).
 * `npm run dev` shows such an article with a visible notice; `npm run build`
 * fails, listing every one.
 */
export const TODO = 'TODO:';

export const isTodo = (value: unknown): value is string => typeof value === 'string' && value.startsWith(TODO);

/** Paths of the to-do fields of an article's data, such as "summary.zh". */
export function todoFields(data: unknown, path: string[] = []): string[] {
  if (isTodo(data)) return [path.join('.')];
  if (data && typeof data === 'object') return Object.entries(data).flatMap(([k, v]) => todoFields(v, [...path, k]));
  return [];
}
