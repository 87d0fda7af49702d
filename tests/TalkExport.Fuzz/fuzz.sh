#!/usr/bin/env bash
# Coverage-guided fuzzing of the reader and the exporters with SharpFuzz + AFL++.
#
# usage: tests/TalkExport.Fuzz/fuzz.sh TARGET SECONDS     TARGET: reader|bibtex|csv|json|orcid|docx|csl|all
# needs: apt-get install afl++; dotnet tool install SharpFuzz.CommandLine --tool-path ~/.sharpfuzz
# Seeds are the corpus's record files (TALKEXPORT_CORPUS, default ../shared/corpus), never copied into
# the repository. Findings land in tests/TalkExport.Fuzz/findings/TARGET/ (git-ignored); a crash that is
# fixed is kept as a regression case under tests/TalkExport.Core.Tests/Fixtures/fuzz/.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
target=${1:?target}; seconds=${2:-300}
corpus=${TALKEXPORT_CORPUS:-$root/../shared/corpus}
sharpfuzz=${SHARPFUZZ:-$(command -v sharpfuzz || echo "$HOME/.sharpfuzz/sharpfuzz")}
build=$here/bin/fuzz
# FUZZ_REUSE_BUILD=1 skips the publish + instrumentation when a previous run left an instrumented build.
if [[ ${FUZZ_REUSE_BUILD:-0} != 1 || ! -f $build/.instrumented ]]; then
  rm -rf "$build"  # instrumenting an already instrumented assembly fails, so always start clean
  mkdir -p "$here/bin"
  dotnet publish "$here" -c Release -o "$build" >"$here/bin/publish.log" 2>&1 || { cat "$here/bin/publish.log"; exit 1; }
  for dll in TalkExport.Core TalkExport.Exporters.BibTeX TalkExport.Exporters.Csv TalkExport.Exporters.Json \
             TalkExport.Exporters.Orcid TalkExport.Exporters.Word TalkExport.Exporters.Csl YamlDotNet Tomlyn; do
    if [[ -f $build/$dll.dll ]]; then "$sharpfuzz" "$build/$dll.dll" >/dev/null; fi
  done
  touch "$build/.instrumented"
fi
seeds=$here/bin/seeds; rm -rf "$seeds"; mkdir -p "$seeds"
i=0
while IFS= read -r -d '' f; do
  size=$(stat -c %s "$f"); (( size < 65536 )) || continue
  cp "$f" "$seeds/seed-$((i++))"
done < <(find "$corpus" -path '*/_other-versions' -prune -o \( -name '*.md' -o -name '*.markdown' \) -print0 | sort -z)
out=$here/findings/$target
rm -rf "$out"; mkdir -p "$out"  # a fresh campaign each run; copy crashes you want to keep first
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1
timeout --signal=INT "$seconds" afl-fuzz -i "$seeds" -o "$out" -t 10000 -m none -- "$build/talkexport-fuzz" "$target" || true
stats=$out/default/fuzzer_stats
[[ -f $stats ]] && grep -E '^(execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs|run_time)' "$stats"
