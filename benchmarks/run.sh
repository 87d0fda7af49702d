#!/usr/bin/env bash
# Times the whole talkexport CLI (Native AOT) against the PyYAML-C peer script on the same
# generated sites, side by side in one run, and writes the results to benchmarks/results/.
#
# usage: benchmarks/run.sh [--quick]      (needs: clang, hyperfine, python3 with PyYAML+libyaml)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
runs=7
[[ "${1:-}" == "--quick" ]] && runs=3
gen=$root/benchmarks/generated
out=$root/benchmarks/out
mkdir -p "$gen" "$out" "$root/benchmarks/results"

for n in 10000 40000 100000; do
  [[ -d $gen/site-$n ]] || python3 benchmarks/generate_site.py "$gen/site-$n" "$n"
done
# A department: 100 members' sites of 100 talks each, each with its own owner.
for i in $(seq -w 1 100); do
  [[ -d $gen/dept/member-$i ]] || python3 benchmarks/generate_site.py "$gen/dept/member-$i" 100 --seed "$((20201105 + 10#$i))" --owner "Member $i" >/dev/null
done

dotnet publish src/TalkExport.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$out/aot" >/dev/null
te=$out/aot/talkexport
peer="python3 $root/benchmarks/peer/talks_peer.py"
stamp=$(date -u +%Y-%m-%dT%H%MZ)
result=$root/benchmarks/results/$stamp.md
json=$out/hyperfine
mkdir -p "$json"

peak_mb() { /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%.0f", $1/1024}'; }
wall_and_peak() { /usr/bin/time -f '%e s, %M' "$@" 2>&1 >/dev/null | tail -1 | awk -F', ' '{printf "%s, peak RSS %.0f MB", $1, $2/1024}'; }

# The two ratios: talkexport and the peer in alternating runs (interleaved.py says why).
alternate() { python3 "$root/benchmarks/interleaved.py" "$runs" "$json/$1.json" "$2" "$3"; }
read -r te_csv peer_csv < <(alternate csv10k "$te csv $gen/site-10000 -o $out/te.csv" "$peer $gen/site-10000 csv > $out/peer.csv")
read -r te_bib peer_bib < <(alternate bib10k "$te bibtex $gen/site-10000 -o $out/te.bib" "$peer $gen/site-10000 bibtex > $out/peer.bib")
# Scaling: 10k and 40k in alternating runs too, so the VM's drift does not land in the ratio.
read -r te_csv10 te_csv40 < <(alternate csv10k40k "$te csv $gen/site-10000 -o $out/te.csv" "$te csv $gen/site-40000 -o $out/te40.csv")
# report --by over 100 sites (each read on its own, with its own config) against one read of the same 10,000 records.
read -r te_dept te_read < <(alternate dept "$te report $gen/dept/member-* --by owner --by kind -o $out/dept.txt" "$te list $gen/dept/member-* -o $out/dept-list.txt")
hyperfine --style basic -N --warmup 5 --runs 50 --export-json "$json/formats.json" "$te formats" >&2

formats_ms=$(python3 -c 'import json,sys; print("%.1f" % (json.load(open(sys.argv[1]))["results"][0]["median"]*1000))' "$json/formats.json")
ratio() { python3 -c "print('%.1f' % ($1 / $2))"; }

{
  echo "# Benchmark run $stamp"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(uname -sr); dotnet $(dotnet --version); $(python3 --version)."
  echo "Command: \`benchmarks/run.sh $*\` ($runs runs, medians; talkexport vs the peer and 40k vs 10k in alternating runs by \`benchmarks/interleaved.py\`, startup by hyperfine). Sites from \`benchmarks/generate_site.py\`."
  echo
  echo "| what | talkexport (AOT) | PyYAML-C peer | peer / talkexport |"
  echo "|---|---|---|---|"
  echo "| csv, 10k records ($(du -sm "$gen/site-10000" | cut -f1) MB on disk) | ${te_csv} s | ${peer_csv} s | $(ratio "$peer_csv" "$te_csv")x |"
  echo "| bibtex, 10k records | ${te_bib} s | ${peer_bib} s | $(ratio "$peer_bib" "$te_bib")x |"
  echo
  echo "| scaling / startup / memory | value |"
  echo "|---|---|"
  echo "| csv 40k / csv 10k time (alternating runs: ${te_csv40} s / ${te_csv10} s) | $(ratio "$te_csv40" "$te_csv10") (limit 4.6) |"
  echo "| \`talkexport formats\` median | ${formats_ms} ms (target < 30 ms) |"
  echo "| report --by owner --by kind, 100 sites x 100 talks / list of the same 10,000 records (alternating runs: ${te_dept} s / ${te_read} s) | $(ratio "$te_dept" "$te_read") (limit 2.0) |"
  for n in 10000 100000; do
    for format in csv bibtex json orcid; do
      echo "| peak RSS, $format $n records | $(peak_mb "$te" "$format" "$gen/site-$n" --output-dir "$out/mem-$format") MB |"
    done
  done
  echo "| docx 10000 records (one run) | $(wall_and_peak "$te" docx "$gen/site-10000" -o "$out/mem.docx") |"
} | tee "$result"
echo "wrote $result" >&2
