-- A mixed load: the lines of $WRK_TARGETS taken round robin, each "GET<TAB>path<TAB>token" or
-- "POST<TAB>path<TAB>token<TAB>body file" (a body's "{n}" becomes a number unique to the run).
local report = dofile(os.getenv("BENCH_DIR") .. "/wrk/report.lua")
local steps = {}
local next_step = 1
local counter = 0
local bodies = {}

function setup(thread)
  math.randomseed(os.time())
  thread:set("tag", os.time() .. math.random(1000, 9999))
end

function init(args)
  for line in io.lines(os.getenv("WRK_TARGETS")) do
    local method, path, token, body = line:match("^(%u+)\t([^\t]+)\t([^\t]*)\t?(.*)$")
    if body ~= "" and not bodies[body] then
      local file = assert(io.open(body))
      bodies[body] = file:read("*a")
      file:close()
    end
    steps[#steps + 1] = { method = method, path = path, token = token, body = body }
  end
end

function request()
  local step = steps[next_step]
  next_step = next_step % #steps + 1
  local headers = { ["Accept"] = "application/json", ["Authorization"] = "Bearer " .. step.token }
  if step.body == "" then
    return wrk.format(step.method, step.path, headers)
  end
  counter = counter + 1
  headers["Content-Type"] = "application/json"
  return wrk.format(step.method, step.path, headers, (bodies[step.body]:gsub("{n}", tag .. counter)))
end

done = report.done
