#!/bin/bash
# Usage: deploy/slurm/submit.sh <config.yaml> [--wait] [extra sbatch options...]
# Plans the run (writes the run manifest once, on the submit host), then submits the four
# stages as a dependency chain: map[0..N-1] -> dedup -> filter[0..N-1] -> finalize.
# With --wait it returns when finalize has ended (its exit code). Logs: <run>/slurm/.
set -euo pipefail
config="${1:?usage: submit.sh <config.yaml> [--wait] [sbatch options]}"; shift
wait=""
if [[ "${1:-}" == "--wait" ]]; then wait="--wait"; shift; fi
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
node --import tsx bin/curate.ts "$config" plan
run="$(node --import tsx -e 'console.log(require("./lib/pipeline/pipeline-config").readPipelineConfig(process.argv[1]).output)' "$config")"
shards="$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1] + "/manifest.json", "utf8")).shards)' "$run")"
mkdir -p "$run/slurm"
common=(--parsable --chdir="$root" --output="$run/slurm/%x-%A_%a.out" "$@")
env="ALL,UYD_ROOT=$root,UYD_CONFIG=$config"
map=$(sbatch "${common[@]}" --job-name=curate-map --array=0-$((shards - 1)) --export="$env,UYD_STAGE=map" deploy/slurm/curate.sbatch)
dedup=$(sbatch "${common[@]}" --job-name=curate-dedup --dependency=afterok:$map --export="$env,UYD_STAGE=dedup" deploy/slurm/curate.sbatch)
filter=$(sbatch "${common[@]}" --job-name=curate-filter --array=0-$((shards - 1)) --dependency=afterok:$dedup --export="$env,UYD_STAGE=filter" deploy/slurm/curate.sbatch)
echo "submitted: map $map, dedup $dedup, filter $filter"
sbatch "${common[@]}" $wait --job-name=curate-finalize --dependency=afterok:$filter --export="$env,UYD_STAGE=finalize" deploy/slurm/curate.sbatch
