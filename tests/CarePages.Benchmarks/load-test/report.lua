-- wrk script of run-load-test.sh: counts every response that is not 2xx as an error (wrk itself counts only 4xx and
-- 5xx), then prints one line the script reads: requests, throughput, p50 and p99 latency, and the errors.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  non2xx = 0
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
  end
end

function done(summary, latency, requests)
  local failed = 0
  for _, thread in ipairs(threads) do
    failed = failed + thread:get("non2xx")
  end

  local seconds = summary.duration / 1e6
  local errors = summary.errors
  io.write(string.format(
    "RESULT requests=%d seconds=%.1f rps=%.2f p50_ms=%.1f p99_ms=%.1f non2xx=%d connect=%d read=%d write=%d timeout=%d\n",
    summary.requests, seconds, summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    failed, errors.connect, errors.read, errors.write, errors.timeout))
end
