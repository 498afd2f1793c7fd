import * as ort from "onnxruntime-node";
import { loadTfjsModel, runTfjs } from "./tfjs-reference";
import { imageToTensor } from "../../lib/models/image-to-tensor";
import type { LoadedModel } from "../../lib/models/load-model";
import type { BundledModelName } from "../../lib/models/bundled-models";

export interface Parity {
  images: number;
  /** Largest |onnx - tfjs| over every output value. */
  maxAbs: number;
  /** Largest |onnx - tfjs| / max(|tfjs|, 1e-3): relative error, values below 1e-3 compared absolutely. */
  maxRel: number;
  /** Images whose arg-max index of the first output is the same in both. */
  sameTop: number;
  /** Values of tied ranked rows left out of the comparison (see `rankedRows`). */
  tiedValues: number;
}

/** Runs the ONNX conversion and the original TF.js model (wasm) on the same tensors. */
export async function compareWithTfjs(
  name: BundledModelName, onnxModel: LoadedModel, images: Array<Uint8Array | string>,
  prep: { size: number; scale: number }, outputs: string[],
  /** Outputs made of ranked rows (TopK): rows whose score ties a neighbour's within 1e-4 may swap, so only their score column is compared. */
  rankedRows: Record<string, { width: number; score: number }> = {},
): Promise<Parity> {
  const tfModel = await loadTfjsModel(name);
  const r: Parity = { images: 0, maxAbs: 0, maxRel: 0, sameTop: 0, tiedValues: 0 };
  for (const image of images) {
    const t = await imageToTensor(image, { ...prep, layout: "nhwc" });
    const expected = await runTfjs(tfModel, t.data, t.dims, outputs);
    const feed = { [onnxModel.inputNames[0]]: new ort.Tensor("float32", t.data, t.dims) };
    const got = await onnxModel.session.run(feed, outputs);
    outputs.forEach((name, k) => {
      const a = expected[k], b = got[name].data as Float32Array;
      let ia = 0, ib = 0;
      const ranked = rankedRows[name];
      const tied = (row: number) => [row - 1, row + 1].some((o) => o >= 0 && o < a.length / ranked!.width &&
        Math.abs(a[o * ranked!.width + ranked!.score] - a[row * ranked!.width + ranked!.score]) < 1e-4);
      for (let i = 0; i < a.length; i++) {
        if (ranked && i % ranked.width !== ranked.score && tied(Math.floor(i / ranked.width))) { r.tiedValues++; continue; }
        const d = Math.abs(a[i] - b[i]);
        r.maxAbs = Math.max(r.maxAbs, d);
        r.maxRel = Math.max(r.maxRel, d / Math.max(Math.abs(a[i]), 1e-3));
        if (a[i] > a[ia]) ia = i;
        if (b[i] > b[ib]) ib = i;
      }
      if (k === 0 && ia === ib) r.sameTop++;
    });
    r.images++;
  }
  tfModel.dispose();
  return r;
}
