-- POSTs the JSON body in $WRK_BODY to $WRK_PATH, with each request's "{n}" replaced by a number unique to
-- the run, and the bearer tokens in $WRK_TOKENS (one per line) taken round robin: one candidate, or many.
local report = dofile(os.getenv("BENCH_DIR") .. "/wrk/report.lua")
local tokens = {}
local template
local path = os.getenv("WRK_PATH") or "/interviews"
local counter = 0
local next_token = 1

-- wrk does not seed Lua's random numbers: the clock keeps one run's numbers apart from the last run's.
function setup(thread)
  math.randomseed(os.time())
  thread:set("tag", os.time() .. math.random(1000, 9999))
end

function init(args)
  for line in io.lines(os.getenv("WRK_TOKENS")) do
    if line ~= "" then tokens[#tokens + 1] = line end
  end
  local file = assert(io.open(os.getenv("WRK_BODY")))
  template = file:read("*a")
  file:close()
end

function request()
  counter = counter + 1
  local token = tokens[next_token]
  next_token = next_token % #tokens + 1
  local body = template:gsub("{n}", tag .. counter)
  return wrk.format("POST", path, {
    ["Content-Type"] = "application/json",
    ["Accept"] = "application/json",
    ["Authorization"] = "Bearer " .. token,
  }, body)
end

done = report.done
