// `npm run lab`: with Jupyter it serves the labs on 127.0.0.1 with a token and the
// workshop's kernel as default; without Jupyter it says how to get it and runs the
// chosen lab headless into out/.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, symlinkSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot } from "../../lib/data/project-root";

const root = projectRoot();
const hasJupyter = spawnSync("jupyter", ["notebook", "--version"]).status === 0;

test("with Jupyter, npm run lab serves labs/ on 127.0.0.1 behind a token with the TypeScript kernel as default",
  { skip: !hasJupyter && !process.env.CI ? "Jupyter is not installed" : false, timeout: 90_000 }, async () => {
    const port = await new Promise<number>((resolve) => {
      const srv = createServer().listen(0, "127.0.0.1", () => {
        const { port } = srv.address() as { port: number };
        srv.close(() => resolve(port));
      });
    });
    const child = spawn(process.execPath, ["--import", "tsx", join(root, "bin", "lab.ts"), "--no-browser", `--port=${port}`],
      { cwd: root, stdio: ["ignore", "pipe", "pipe"], detached: true });
    try {
      const url = await new Promise<URL>((resolve, reject) => {
        let seen = "";
        const onData = (d: Buffer) => {
          seen += d;
          const m = /http:\/\/127\.0\.0\.1:\d+\/\S*token=[0-9a-f]+/.exec(seen);
          if (m) resolve(new URL(m[0]));
        };
        child.stdout!.on("data", onData);
        child.stderr!.on("data", onData);
        child.on("exit", (code) => reject(new Error(`jupyter exited (${code}) before serving:\n${seen}`)));
      });
      const token = url.searchParams.get("token")!;
      assert.equal(url.hostname, "127.0.0.1");
      assert.equal(Number(url.port), port);
      const specs = await (await fetch(`${url.origin}/api/kernelspecs?token=${token}`)).json() as { default: string; kernelspecs: Record<string, unknown> };
      assert.equal(specs.default, "uyd-typescript");
      assert.ok(specs.kernelspecs["uyd-typescript"]);
      const contents = await (await fetch(`${url.origin}/api/contents?token=${token}`)).json() as { content: { name: string }[] };
      assert.ok(contents.content.some((c) => c.name === "00-welcome.ipynb"), "rooted at labs/");
      assert.equal((await fetch(`${url.origin}/api/contents`)).status, 403, "no access without the token");
    } finally {
      process.kill(-child.pid!, "SIGTERM");
    }
  });

test("without Jupyter, npm run lab says how to install it and runs the lab headless into out/", { timeout: 180_000 }, () => {
  const bin = mkdtempSync(join(tmpdir(), "uyd-nojupyter-"));
  symlinkSync(process.execPath, join(bin, "node"));
  const r = spawnSync(process.execPath, ["--import", "tsx", join(root, "bin", "lab.ts"), "00"],
    { cwd: root, encoding: "utf8", env: { ...process.env, PATH: bin } });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /Jupyter is not installed/);
  assert.match(r.stdout, /apt-get install --no-install-recommends jupyter-notebook/);
  assert.match(r.stdout, /pip install --user jupyterlab/);
  assert.match(r.stdout, /✔ labs\/00-welcome\.ipynb -> open out\/00-welcome\.html/);
  const html = readFileSync(join(root, "out", "00-welcome.html"), "utf8");
  assert.match(html, /<h1[^>]*>Lab 00 · Welcome/);
  assert.match(html, /data:image\/jpeg;base64,/);
  assert.ok(existsSync(join(root, "out", "00-welcome.ipynb")));
});
