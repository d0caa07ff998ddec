-- Writes one CSV line for the run to $WRK_REPORT:
-- requests,duration_us,errors,non_2xx_3xx,p50_us,p99_us,p999_us,max_us
local report = {}

function report.done(summary, latency, requests)
  local e = summary.errors
  local line = string.format("%d,%d,%d,%d,%d,%d,%d,%d\n", summary.requests, summary.duration,
    e.connect + e.read + e.write + e.status + e.timeout, e.status,
    latency:percentile(50), latency:percentile(99), latency:percentile(99.9), latency.max)
  local file = assert(io.open(os.getenv("WRK_REPORT"), "w"))
  file:write(line)
  file:close()
end

return report
