import sharp from "sharp";
import { existsSync } from "node:fs";
import { InputError, MissingDataError } from "../errors/workshop-error";
import { resizeBilinear } from "./resize-bilinear";

/** How a model wants its pixels. */
export interface ImageToTensorOptions {
  /** Output width and height in pixels (default 224). */
  size?: number | [number, number];
  /**
   * How the picture is fitted into `size` (default "fill"): "fill" stretches, "letterbox"
   * keeps the aspect ratio and pads with `padColor`, "cover" keeps it and crops the middle.
   */
  fit?: "fill" | "letterbox" | "cover";
  /**
   * Who resamples (default "sharp"): "sharp" is libvips' Lanczos with antialiasing;
   * "tf-bilinear" is TensorFlow's `resizeBilinear(alignCorners = true)` (what nsfwjs does),
   * on the decoded full-size pixels. "tf-bilinear" supports `fit: "fill"` only.
   */
  resample?: "sharp" | "tf-bilinear";
  /** Pad colour for "letterbox", and the colour transparent pixels are flattened onto, 0-255 RGB (default [0, 0, 0]). */
  padColor?: [number, number, number];
  /** "nchw" (PyTorch/ONNX style) or "nhwc" (TensorFlow style) (default "nchw"). */
  layout?: "nchw" | "nhwc";
  /** Channel order (default "rgb"). */
  channelOrder?: "rgb" | "bgr";
  /** Pixel values are multiplied by this first (default 1/255). */
  scale?: number;
  /** Per-channel mean subtracted after scaling, in RGB order (default [0, 0, 0]). */
  mean?: [number, number, number];
  /** Per-channel divisor applied last, in RGB order (default [1, 1, 1]). */
  std?: [number, number, number];
  /** Refuse images with more pixels than this: decompression bombs (default 50e6). */
  maxPixels?: number;
  /** Refuse images whose shorter side is below this (default 16). */
  minSide?: number;
}

/** A preprocessed image, and how to map model coordinates back to the original. */
export interface ImageTensor {
  data: Float32Array;
  /** [1, 3, h, w] or [1, h, w, 3]. */
  dims: number[];
  width: number;
  height: number;
  /** Original pixel x = (model x - padX) / scaleX; same for y. */
  transform: { scaleX: number; scaleY: number; padX: number; padY: number };
}

/**
 * Reads an image (path or encoded bytes) with sharp and turns it into the float tensor a
 * model expects. Throws a WorkshopError saying why an image cannot be used.
 *
 * @example
 * const t = await imageToTensor("photo.jpg", { size: 224, mean: [0.485, 0.456, 0.406], std: [0.229, 0.224, 0.225] });
 */
export async function imageToTensor(image: string | Uint8Array, options: ImageToTensorOptions = {}): Promise<ImageTensor> {
  const { size = 224, fit = "fill", padColor = [0, 0, 0], layout = "nchw", channelOrder = "rgb" } = options;
  const { scale = 1 / 255, mean = [0, 0, 0], std = [1, 1, 1], maxPixels = 50e6, minSide = 16, resample = "sharp" } = options;
  const [w, h] = typeof size === "number" ? [size, size] : size;
  const label = typeof image === "string" ? `'${image}'` : `an image buffer of ${image.length} bytes`;
  if (typeof image === "string" && !existsSync(image)) {
    throw new MissingDataError(`No file at ${label}.`, "Check the path; notebooks run from the workshop root.");
  }
  const open = () => sharp(image, { limitInputPixels: false, failOn: "warning" });
  const meta = await open().metadata().catch((err: Error) => {
    throw new InputError(`Expected a JPEG, PNG, WebP, GIF or TIFF image, got ${label}: ${err.message}.`, "Pass an image file; drop files that are not images.");
  });
  const width = meta.autoOrient?.width ?? meta.width ?? 0;
  const height = meta.autoOrient?.height ?? meta.height ?? 0;
  if (width * height > maxPixels) {
    throw new InputError(`Image ${label} is ${width}x${height} = ${width * height} pixels, over the limit of ${maxPixels} (a possible decompression bomb).`, "Skip it, or raise `maxPixels` if you trust the file.");
  }
  if (Math.min(width, height) < minSide) {
    throw new InputError(`Image ${label} is ${width}x${height}; the shorter side must be at least ${minSide} pixels.`, "Tiny images carry no signal for the model; drop them or lower `minSide`.");
  }
  if (resample === "tf-bilinear" && fit !== "fill") {
    throw new InputError(`resample: "tf-bilinear" stretches to the size (fit "fill"), got fit "${fit}".`, "Use fit: \"fill\" with it, or resample: \"sharp\".");
  }
  const sharpFit = fit === "letterbox" ? "contain" : fit;
  const background = { r: padColor[0], g: padColor[1], b: padColor[2], alpha: 1 };
  let raw: ArrayLike<number>;
  try {
    const decoded = open().rotate().flatten({ background }).toColourspace("srgb");
    if (resample === "tf-bilinear") {
      const full = await decoded.raw().toBuffer({ resolveWithObject: true });
      raw = resizeBilinear(full.data, full.info.width, full.info.height, full.info.channels, w, h, { alignCorners: true });
    } else {
      raw = await decoded.resize(w, h, { fit: sharpFit, background }).raw().toBuffer();
    }
  } catch (err) {
    throw new InputError(`Could not decode ${label}: ${(err as Error).message}.`, "The file is damaged or truncated; drop it or re-download it.");
  }
  const data = new Float32Array(3 * w * h);
  const order = channelOrder === "rgb" ? [0, 1, 2] : [2, 1, 0];
  for (let p = 0; p < w * h; p++) {
    for (let c = 0; c < 3; c++) {
      const src = order[c];
      const v = (raw[p * 3 + src] * scale - mean[src]) / std[src];
      data[layout === "nchw" ? c * w * h + p : p * 3 + c] = v;
    }
  }
  const dims = layout === "nchw" ? [1, 3, h, w] : [1, h, w, 3];
  return { data, dims, width, height, transform: fitTransform(fit, width, height, w, h) };
}

function fitTransform(fit: string, width: number, height: number, w: number, h: number): ImageTensor["transform"] {
  if (fit === "fill") return { scaleX: w / width, scaleY: h / height, padX: 0, padY: 0 };
  const s = fit === "letterbox" ? Math.min(w / width, h / height) : Math.max(w / width, h / height);
  return { scaleX: s, scaleY: s, padX: (w - width * s) / 2, padY: (h - height * s) / 2 };
}
