-- wrk script: each request searches for the next query of the list in $QUERIES (URL-encoded, one a line).
local queries = {}
for line in io.lines(os.getenv("QUERIES")) do
  queries[#queries + 1] = line
end
local path = os.getenv("SEARCH_PATH") or "/api/v1/search"
local n = 0

request = function()
  n = n + 1
  return wrk.format("GET", path .. "?q=" .. queries[(n % #queries) + 1])
end

done = function(summary, latency, requests)
  io.write(string.format("%8.0f req/s   p50 %6.1f ms   p95 %6.1f ms   p99 %6.1f ms   non-2xx %d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.errors.status))
end
