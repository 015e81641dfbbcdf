#!/usr/bin/env bash
# The demo's API under load (issue 20): the translation matrix, one document's checks and one document's translation
# status, over the generated site of 10,000 documents × 6 cultures, with wrk on loopback.
#
#   tests/CarePages.Benchmarks/load-test/run-load-test.sh
#
# (a) makes or reuses the generated site (cached under BenchmarkDotNet.Artifacts/generated-sites) and copies it;
# (b) builds the demo (Release) and starts it on a free loopback port over the copy, with the site's extra languages,
#     warnings-only logging and a GC heap limit, and waits until it answers;
# (c) asks each endpoint twice with curl (the second time is the "single request" figure), then runs wrk against it,
#     the matrix last (its abandoned requests would slow the others down), counting every non-2xx answer as an error;
# (d) stops the demo. Writes BenchmarkDotNet.Artifacts/load-test/results.md and exits 1 when any request failed,
#     timed out or answered other than 2xx, or an endpoint completed no request at all.
#
# Settings (environment): LOAD_TEST_DURATION (30s), LOAD_TEST_CONNECTIONS (32), LOAD_TEST_THREADS (2),
# LOAD_TEST_TIMEOUT (60s, wrk's per-request timeout), LOAD_TEST_DOCUMENTS (10000), LOAD_TEST_USER (lucia),
# LOAD_TEST_ENDPOINTS ("checks status matrix"), LOAD_TEST_HEAP_LIMIT (0x200000000: 8 GiB, so that concurrent matrix
# requests fail with 500 inside the demo rather than the machine running out of memory).
set -euo pipefail

duration="${LOAD_TEST_DURATION:-30s}"
connections="${LOAD_TEST_CONNECTIONS:-32}"
threads="${LOAD_TEST_THREADS:-2}"
timeout="${LOAD_TEST_TIMEOUT:-60s}"
documents="${LOAD_TEST_DOCUMENTS:-10000}"
user="${LOAD_TEST_USER:-lucia}"
endpoints="${LOAD_TEST_ENDPOINTS:-checks status matrix}"
heap_limit="${LOAD_TEST_HEAP_LIMIT:-0x200000000}"

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
out="$root/tests/CarePages.Benchmarks/BenchmarkDotNet.Artifacts/load-test"
database="$out/site.db"
demo_pid=""
mkdir -p "$out"

stop_demo() {
  if [[ -n "$demo_pid" ]] && kill -0 "$demo_pid" 2>/dev/null; then
    kill "$demo_pid"
    wait "$demo_pid" 2>/dev/null || true
  fi
  demo_pid=""
}

cleanup() {
  stop_demo
  rm -f "$database" "$database-journal" "$database-wal" "$database-shm"
}
trap cleanup EXIT

if ! command -v wrk >/dev/null 2>&1 && [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
  apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
fi
command -v wrk >/dev/null 2>&1 || { echo "run-load-test: wrk is needed (apt-get install -y wrk)" >&2; exit 2; }

echo "== (a) generated site of $documents documents"
CarePagesBuildClient=false dotnet run -c Release --project "$root/tests/CarePages.Benchmarks" -- \
  generate-site --documents "$documents" --out "$database" | tee "$out/generate-site.txt"
value() { sed -n "s/^$1=//p" "$out/generate-site.txt" | head -n 1; }
probe="$(value probe-document)"
targets="$(value target-cultures)"
additional="$(value demo-additional-cultures)"
[[ -n "$probe" && -n "$targets" && -f "$database" ]] || { echo "run-load-test: generate-site printed no probe document or targets" >&2; exit 1; }

echo "== (b) demo"
dotnet build -c Release "$root/src/CarePages.Demo" -p:CarePagesBuildClient=false -nologo -v quiet
port=""
for candidate in $(shuf -i 18000-19999 -n 50); do
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
    port="$candidate"
    break
  fi
done
[[ -n "$port" ]] || { echo "run-load-test: no free loopback port" >&2; exit 1; }
base="http://127.0.0.1:$port"
settings=("Urls=$base" "CarePagesDemo__DatabasePath=$database" "Logging__LogLevel__Default=Warning"
  "Logging__LogLevel__Microsoft.AspNetCore=Warning" "DOTNET_GCHeapHardLimit=$heap_limit")
index=0
for culture in ${additional//,/ }; do
  settings+=("CarePagesDemo__AdditionalCultures__$index=$culture")
  index=$((index + 1))
done
(cd "$root/src/CarePages.Demo" && exec env "${settings[@]}" dotnet bin/Release/net10.0/CarePages.Demo.dll) >"$out/demo.log" 2>&1 &
demo_pid=$!
started=$SECONDS
until curl -fsS -o /dev/null -H "X-CarePages-User: $user" "$base/umbraco/care-pages/api/v1/context" 2>/dev/null; do
  if ! kill -0 "$demo_pid" 2>/dev/null || ((SECONDS - started > 300)); then
    echo "run-load-test: the demo did not answer on $base; its log:" >&2
    tail -n 40 "$out/demo.log" >&2
    exit 1
  fi
  sleep 1
done
echo "demo answering on $base after $((SECONDS - started)) s (pid $demo_pid)"

api="/umbraco/care-pages/api/v1"
cultures=""
for culture in ${targets//,/ }; do
  cultures+="${cultures:+&}cultures=$culture"
done
declare -A paths=(
  [matrix]="$api/translation/matrix?$cultures"
  [checks]="$api/checks/documents/$probe"
  [status]="$api/translation/documents/$probe?$cultures"
)

failures=()
machine="$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1) $(awk -F': ' '/^cpu MHz/ { printf "%.2f GHz", $2 / 1000; exit }' /proc/cpuinfo), $(nproc) cores, Debian $(cat /etc/debian_version 2>/dev/null || echo '?')"
rows=()
for name in $endpoints; do
  path="${paths[$name]:?unknown endpoint $name (matrix, checks, status)}"
  echo "== (c) $name: GET $path"
  single=""
  for attempt in 1 2; do
    read -r code seconds < <(curl -s -o /dev/null -w '%{http_code} %{time_total}\n' --max-time 600 -H "X-CarePages-User: $user" "$base$path" || echo "000 0")
    [[ "$code" == 2* ]] || failures+=("$name: GET $path answered $code")
    single="$(awk -v s="$seconds" 'BEGIN { printf "%.0f", s * 1000 }') ms"
  done
  echo "single request (warm): $single"
  load="$(uptime | sed 's/.*load average: //')"
  wrk -t"$threads" -c"$connections" -d"$duration" --timeout "$timeout" -H "X-CarePages-User: $user" -s "$here/report.lua" "$base$path" | tee "$out/wrk-$name.txt"
  result="$(grep '^RESULT ' "$out/wrk-$name.txt" || true)"
  field() { local v; v="$(sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$result")"; echo "${v:-0}"; }
  requests="$(field requests)"
  non2xx="$(field non2xx)"
  socket=$(($(field connect) + $(field read) + $(field write) + $(field timeout)))
  if [[ -z "$result" ]]; then
    failures+=("$name: wrk printed no result")
  elif [[ "$requests" -eq 0 ]]; then
    failures+=("$name: no request completed in $duration")
  fi
  [[ "$non2xx" -eq 0 ]] || failures+=("$name: $non2xx answers other than 2xx")
  [[ "$socket" -eq 0 ]] || failures+=("$name: $socket socket errors (connect, read, write or timeout)")
  rows+=("| $name | \`GET $path\` | $requests | $(field rps) | $(field p50_ms) | $(field p99_ms) | $non2xx | $(field connect)/$(field read)/$(field write)/$(field timeout) | $single | $load |")
  if ! kill -0 "$demo_pid" 2>/dev/null; then
    echo "run-load-test: the demo stopped during the $name run; its log:" >&2
    tail -n 40 "$out/demo.log" >&2
    failures+=("$name: the demo stopped")
    break
  fi
done

echo "== (d) stopping the demo"
peak="$(sed -n 's/^VmHWM:\s*//p' "/proc/$demo_pid/status" 2>/dev/null || true)"
stop_demo

{
  echo "Command: \`tests/CarePages.Benchmarks/load-test/run-load-test.sh\` ($connections connections, $threads wrk threads, $duration per endpoint, timeout $timeout, user $user, $documents documents × 6 cultures)"
  echo
  echo "Machine: $machine; .NET SDK $(dotnet --version); $(wrk -v 2>&1 | head -n 1 | cut -d' ' -f1-2); $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "| Endpoint | Request | Requests | Requests/s | p50 (ms) | p99 (ms) | Non-2xx | Socket errors (connect/read/write/timeout) | Single request (warm) | Load average at start |"
  echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | --- |"
  printf '%s\n' "${rows[@]}"
  echo
  echo "Demo's peak resident memory: ${peak:-unknown} (GC heap limit $heap_limit)."
  if ((${#failures[@]})); then
    echo
    printf -- '- Failed: %s\n' "${failures[@]}"
  fi
} | tee "$out/results.md"

if ((${#failures[@]})); then
  echo "run-load-test: FAILED (${#failures[@]}): ${failures[*]}" >&2
  exit 1
fi
echo "run-load-test: every request answered 2xx"
