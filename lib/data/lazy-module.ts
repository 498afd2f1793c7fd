/**
 * A third-party module that is loaded on first use rather than when `./lib/index` is
 * imported. Importing lib is the first thing every lab does, and loading every package
 * lib can use (DuckDB, mailparser, linkedom, undici, the audio decoders, ...) up front
 * cost seconds of every kernel start for packages most labs never touch (measured in
 * `npm run bench -- --only kernel`). Pair it with `import type` for the module's types:
 *
 * @example
 * import type * as Undici from "undici";
 * const undici = lazyModule<typeof Undici>(() => require("undici"));
 * await undici.request("http://127.0.0.1:8080/"); // undici is loaded here, once
 */
export function lazyModule<T extends object>(load: () => T): T {
  let mod: T | undefined;
  const get = (): T => (mod ??= load());
  return new Proxy({} as T, {
    get: (_target, key) => Reflect.get(get(), key),
    has: (_target, key) => Reflect.has(get(), key),
  });
}
