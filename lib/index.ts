// The public surface the notebooks import: `import { ... } from "./lib/index"`.
// Import files, never folders: tslab resolves lib's own imports file by file.
export { WorkshopError, InputError, MissingDataError, NotebookError, isWorkshopError } from "./errors/workshop-error";
export { plot } from "./display/plot";
export { renderPlot, type PlotOptions } from "./display/render-plot";
export { table } from "./display/table";
export { renderTable, type RenderTableOptions } from "./display/render-table";
export { gallery } from "./display/gallery";
export { renderGallery, type GalleryImage, type RenderGalleryOptions } from "./display/render-gallery";
export { compare, type CompareOptions } from "./display/compare";
export { progress, type Progress, type ProgressOptions } from "./display/progress";
export { html } from "./display/html";
export { show, setDisplaySink, inKernel, type Mime } from "./display/show";
export { escapeHtml } from "./display/escape-html";
export { check } from "./checks/check";
export { judgeAnswer } from "./checks/judge-answer";
export type { CheckResult, LabChecks, CheckSpec, Verdict } from "./checks/types";
export { samplePath, listSamples } from "./data/sample-path";
export { projectRoot } from "./data/project-root";
export { imageInfo, type ImageInfo, type ImageInfoOptions } from "./images/image-info";
