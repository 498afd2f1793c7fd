#!/usr/bin/env node
// Starts tslab's kernel with the project root as working directory, so every lab
// imports the shared lib as "./lib/index" and reads data from root-relative paths
// ("data/...") wherever the notebook itself lives. Plain JavaScript on purpose:
// Jupyter runs this with bare `node`, before any TypeScript tooling is loaded.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

function findProjectRoot(start) {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, "package.json")) && fs.existsSync(path.join(dir, "lib", "index.ts"))) {
      return dir;
    }
    if (path.dirname(dir) === dir) return null;
  }
}

const root = findProjectRoot(__dirname);
if (!root) {
  console.error(`Could not find the workshop's root (a folder with package.json and lib/index.ts) above ${__dirname}.`);
  process.exit(1);
}
const configIndex = process.argv.indexOf("--config-path");
const configPath = configIndex > 0 ? process.argv[configIndex + 1] : "";
let tslabMain;
try {
  tslabMain = require(path.join(root, "node_modules", "tslab", "dist", "main.js"));
} catch (err) {
  console.error(`tslab is not installed in ${root}. Run \`npm install\` there first. (${err.message})`);
  process.exit(1);
}
process.chdir(root);
process.env.UYD_ROOT = root;
// lib compiled once per version of its sources (.cache/tslab-lib/), not on every kernel start.
if (process.env.UYD_LIB_CACHE !== "0") {
  const cache = require("./lib-cache.js");
  cache.useLibBuild(root, cache.ensureLibBuild(root, (msg) => console.error(msg)));
}
tslabMain.startKernel({ configPath, enableFindLocal: false });
