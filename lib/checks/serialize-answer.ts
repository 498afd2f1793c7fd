/**
 * Turns an answer into the JSON the grader receives: Sets become arrays, Maps become
 * objects, typed arrays become arrays, undefined becomes null. Judging the round-tripped
 * value in the notebook too means the learner sees exactly what the grader will see.
 *
 * @example
 * serializeAnswer(new Set(["a", "b"])) // '["a","b"]'
 */
export function serializeAnswer(answer: unknown): string {
  const text = JSON.stringify(answer === undefined ? null : answer, (_key, value: unknown) => {
    if (value instanceof Set) return [...value];
    if (value instanceof Map) return Object.fromEntries(value);
    if (ArrayBuffer.isView(value) && !(value instanceof DataView)) return Array.from(value as unknown as ArrayLike<number>);
    if (typeof value === "bigint") return value.toString();
    return value === undefined ? null : value;
  });
  return text ?? "null";
}
