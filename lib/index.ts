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
// crawl (lab 02)
export { crawl } from "./crawl/crawl";
export type { CrawlOptions, CrawlRecord, CrawlResult, CrawlSummary, CrawlRequest, CrawlProgress } from "./crawl/crawl-types";
export { robotsAllows } from "./crawl/robots-allows";
export { parseRobots, type RobotsRules, type RobotsDecision } from "./crawl/parse-robots";
export { fetchRobots, type RobotsEntry } from "./crawl/fetch-robots";
export { createRobotsCache, type RobotsCache } from "./crawl/robots-cache";
export { productToken } from "./crawl/product-token";
export { checkUserAgent } from "./crawl/check-user-agent";
export { normalizeUrl } from "./crawl/normalize-url";
export { addressGuard } from "./crawl/address-guard";
export { extractPage, type ImageText, type PageContent } from "./crawl/extract-page";
export { licenceHints, licenceId, type LicenceHint } from "./crawl/licence-hints";
export { imageTextPairs, type ImageTextPair } from "./crawl/image-text-pairs";
export { summarizeCrawl } from "./crawl/summarize-crawl";
export { writeCrawlJsonl } from "./crawl/write-crawl-jsonl";
export { writeCrawlWarc } from "./crawl/write-crawl-warc";
export { startFixtureWeb, type FixtureWeb, type FixtureRequest } from "./crawl/start-fixture-web";
export { FIXTURE_HOSTS, type FixtureHost } from "./crawl/fixture-sites";
