// Makes `import ... from "./lib/index"` fast in tslab. Plain JavaScript, like
// launch-kernel.js: the kernel and the headless runner both load it before tslab.
//
// Why: tslab 1.0.22 resolves "./lib/index" to lib/index.ts and then type-checks and
// emits EVERY lib file on the first import (converter.js: getPreEmitDiagnosticsWithDependencies
// and the sideOutputs loop), ~4 s on every kernel start. Here lib is compiled ONCE per
// version of its sources, with tslab's own TypeScript and options, into declaration files
// and CommonJS files under .cache/tslab-lib/<hash of lib's sources>/. Then:
// - tslab's compiler sees lib/**/*.d.ts (served from the cache) instead of lib/**/*.ts,
//   so a cell is checked against lib's declarations, which skipLibCheck does not re-check;
// - Node's require of a lib .ts file runs the cached JavaScript under the original file
//   name (same __dirname as before).
// A lib edit changes the hash, so the next kernel start rebuilds (no manual step). A lib
// that does not compile is not cached: tslab then compiles it from source as before and
// shows its errors where the learner imports it. The cache folder is written under a
// temporary name and renamed into place, so two kernels starting at once are safe.
"use strict";
const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");

const FORMAT = "1"; // bump when the cache layout or the compile options change

/** Every .ts file under lib, root-relative with forward slashes, sorted. */
function libSources(root) {
  const out = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && e.name.endsWith(".ts") && !e.name.endsWith(".d.ts")) out.push(path.relative(root, p).split(path.sep).join("/"));
    }
  };
  walk(path.join(root, "lib"));
  return out.sort();
}

function tslabTs(root) {
  const tslabDir = path.join(root, "node_modules", "tslab");
  return require(require.resolve("@tslab/typescript-for-tslab", { paths: [tslabDir] }));
}

/** The key of a lib build: lib's file names and contents, the compiler version, Node's major version. */
function libHash(root, files, ts) {
  const h = crypto.createHash("sha256");
  h.update(`${FORMAT}\0${ts.version}\0${process.versions.node.split(".")[0]}\0`);
  for (const f of files) h.update(f + "\0").update(fs.readFileSync(path.join(root, f))).update("\0");
  return h.digest("hex").slice(0, 20);
}

/** tslab's compiler options (converter.js createConverter) with CommonJS output and declarations. */
function compilerOptions(ts, root, outDir) {
  return {
    module: ts.ModuleKind.CommonJS, moduleResolution: ts.ModuleResolutionKind.Node10, esModuleInterop: true,
    target: ts.ScriptTarget.ES2022, lib: ["lib.es2022.d.ts"], declaration: true, newLine: ts.NewLineKind.LineFeed,
    experimentalDecorators: true, resolveJsonModule: true, jsx: ts.JsxEmit.React, skipLibCheck: true,
    rootDir: root, outDir, noEmitOnError: true, types: ["node"],
  };
}

/**
 * Compiles lib/index.ts and every lib file it imports into `dir` (js/ and dts/ trees
 * mirroring lib/). Returns the files compiled, or the error text when lib does not compile.
 */
function buildInto(root, ts, dir) {
  const program = ts.createProgram([path.join(root, "lib", "index.ts")], compilerOptions(ts, root, dir));
  const diags = ts.getPreEmitDiagnostics(program).filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (diags.length) return { errors: ts.formatDiagnostics(diags.slice(0, 5), { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => "\n" }) };
  const compiled = [];
  program.emit(undefined, (fileName, data) => {
    const rel = path.relative(dir, fileName);
    if (!rel.startsWith("lib" + path.sep)) return; // only lib's own files
    const target = path.join(dir, rel.endsWith(".d.ts") ? "dts" : "js", rel);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, data);
    if (rel.endsWith(".js")) compiled.push(rel.split(path.sep).join("/").replace(/\.js$/, ".ts"));
  });
  if (!compiled.length) return { errors: "nothing was emitted" };
  return { compiled: compiled.sort() };
}

/**
 * Ensures the build of lib's current sources exists under .cache/tslab-lib/ and returns
 * its folder, or undefined when lib does not compile (or the cache cannot be written and
 * no build exists): then tslab compiles lib from source as usual.
 */
function ensureLibBuild(root, log = () => {}) {
  const ts = tslabTs(root);
  const files = libSources(root);
  const hash = libHash(root, files, ts);
  const cacheDir = path.join(root, ".cache", "tslab-lib");
  const dir = path.join(cacheDir, hash);
  const done = () => ({ dir, hash, files: fs.readFileSync(path.join(dir, "complete"), "utf8").split("\n").filter(Boolean) });
  if (fs.existsSync(path.join(dir, "complete"))) return done();
  if (fs.existsSync(path.join(cacheDir, `${hash}.errors`))) return undefined;
  const tmp = path.join(cacheDir, `.${hash}.${process.pid}.${crypto.randomBytes(4).toString("hex")}`);
  try {
    fs.mkdirSync(tmp, { recursive: true });
    const { errors, compiled } = buildInto(root, ts, tmp);
    if (errors) {
      const marker = path.join(cacheDir, `${hash}.errors`);
      fs.writeFileSync(marker + `.${process.pid}`, errors);
      fs.renameSync(marker + `.${process.pid}`, marker);
      log(`lib does not compile; tslab will compile it from source:\n${errors}`);
      return undefined;
    }
    fs.writeFileSync(path.join(tmp, "complete"), compiled.join("\n") + "\n");
    try {
      fs.renameSync(tmp, dir);
    } catch (err) {
      if (!fs.existsSync(path.join(dir, "complete"))) throw err; // else another kernel finished first: use its build
    }
    return done();
  } catch (err) {
    log(`could not cache lib's build (${err.message}); tslab will compile lib from source.`);
    return fs.existsSync(path.join(dir, "complete")) ? done() : undefined;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * Points tslab's compiler at the cached declarations and Node's require at the cached
 * JavaScript. Call before tslab creates its converter. Returns the build used, or undefined.
 */
function useLibBuild(root, build) {
  if (!build) return undefined;
  const ts = tslabTs(root);
  const norm = (p) => p.split(path.sep).join("/");
  const libPrefix = norm(path.join(root, "lib")) + "/";
  const sources = new Set(build.files.map((f) => norm(path.join(root, f))));
  const dts = (p) => (p.startsWith(libPrefix) && p.endsWith(".d.ts") && sources.has(p.slice(0, -5) + ".ts")
    ? path.join(build.dir, "dts", p.slice(norm(root).length + 1, -5) + ".d.ts") : undefined);
  const sys = ts.sys;
  const { fileExists, readFile } = sys;
  sys.fileExists = function (p) {
    if (sources.has(norm(p))) return false; // hide lib's .ts so the compiler takes the .d.ts
    const d = dts(norm(p));
    return d ? fs.existsSync(d) : fileExists.call(this, p);
  };
  sys.readFile = function (p, encoding) {
    const d = dts(norm(p));
    return d ? readFile.call(this, d, encoding) : readFile.call(this, p, encoding);
  };
  const Module = require("node:module");
  const jsFor = (filename) => path.join(build.dir, "js", path.relative(root, filename).replace(/\.ts$/, ".js"));
  const previous = Module._extensions[".ts"];
  Module._extensions[".ts"] = function (module, filename) {
    if (sources.has(norm(filename))) return module._compile(fs.readFileSync(jsFor(filename), "utf8"), filename);
    if (previous) return previous(module, filename);
    throw new Error(`Cannot load ${filename}: only the workshop's lib/*.ts files load as TypeScript here.`);
  };
  return build;
}

module.exports = { ensureLibBuild, useLibBuild, libSources, libHash };
