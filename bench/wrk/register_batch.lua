-- POSTs a batch of $BATCH_ITEMS (default 100) new interviews (three interviewers each) per request, as candidate $WRK_TOKEN
-- (a candidate's items name no candidateId). Remote ids are numbered per thread, as in register.lua.
local report = dofile(os.getenv("BENCH_DIR") .. "/wrk/report.lua")
local counter = 0
local thread_tag = ""
local yesterday = os.date("!%Y-%m-%d", os.time() - 86400)
local decision = os.date("!%Y-%m-%d", os.time() + 7 * 86400)
local items_per_batch = tonumber(os.getenv("BATCH_ITEMS") or "100")
local headers = {
  ["Content-Type"] = "application/json",
  ["Accept"] = "application/json",
  ["Authorization"] = "Bearer " .. os.getenv("WRK_TOKEN"),
}

function setup(thread)
  math.randomseed(os.time())
  thread:set("tag", os.time() .. "-" .. math.random(1, 1e6))
end

function init(args)
  thread_tag = tag
end

local template = [[{"source":"greenhouse","remoteId":"batch-%s-%d","interview":{"company":{"name":"Northwind %d",
"culture":"tech"},"jobTitle":"Backend Engineer","round":"technical","format":"video","startAt":"%sT09:00:00Z",
"endAt":"%sT10:00:00Z","timeZone":"Europe/Berlin","countryCode":"DE",
"interviewers":[{"name":"Maria Lopez","title":"Engineering Manager","email":"maria@northwind.example"},
{"name":"Sam Chen","title":"Staff Engineer","email":"sam@northwind.example"},
{"name":"Priya Nair","title":"Recruiter","email":"priya@northwind.example"}],
"candidate":{"name":"Jane Doe","email":"jane.doe@example.com"},
"topics":["event sourcing for billing","on-call rotation"],"skills":["Kafka","incident response"],
"expectedDecisionDate":"%s","linkedInConnectionAllowed":true}}]]

function request()
  local items = {}
  for i = 1, items_per_batch do
    counter = counter + 1
    items[i] = string.format(template, thread_tag, counter, counter % 500, yesterday, yesterday, decision)
  end
  return wrk.format("POST", "/interviews/batch", headers, '{"items":[' .. table.concat(items, ",") .. ']}')
end

done = report.done
