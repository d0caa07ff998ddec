-- GETs the targets in $WRK_TARGETS round robin; each line is "<path><TAB><bearer token or nothing>".
local report = dofile(os.getenv("BENCH_DIR") .. "/wrk/report.lua")
local requests = {}
local next_index = 1

function init(args)
  for line in io.lines(os.getenv("WRK_TARGETS")) do
    local path, token = line:match("^([^\t]+)\t?(.*)$")
    local headers = { ["Accept"] = os.getenv("WRK_ACCEPT") or "application/json" }
    if token ~= "" then headers["Authorization"] = "Bearer " .. token end
    requests[#requests + 1] = wrk.format("GET", path, headers)
  end
end

function request()
  local r = requests[next_index]
  next_index = next_index % #requests + 1
  return r
end

done = report.done
