// The public surface the notebooks import: `import { ... } from "./lib/index"`.
// Import files, never folders: tslab resolves lib's own imports file by file.
export { WorkshopError, InputError, MissingDataError, NotebookError, isWorkshopError } from "./errors/workshop-error";
