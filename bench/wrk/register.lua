-- POSTs a new interview (three interviewers) per request, as candidate $WRK_TOKEN. Each thread
-- numbers its own remote ids, so that every request registers a different interview.
local report = dofile(os.getenv("BENCH_DIR") .. "/wrk/report.lua")
local counter = 0
local thread_tag = ""
local yesterday = os.date("!%Y-%m-%d", os.time() - 86400)
local headers = {
  ["Content-Type"] = "application/json",
  ["Accept"] = "application/json",
  ["Authorization"] = "Bearer " .. os.getenv("WRK_TOKEN"),
}

-- wrk does not seed Lua's random numbers: the clock keeps one run's remote ids from the last run's.
function setup(thread)
  math.randomseed(os.time())
  thread:set("tag", os.time() .. "-" .. math.random(1, 1e6))
end

function init(args)
  thread_tag = tag
end

local template = [[{"company":{"name":"Northwind %d","culture":"tech"},"jobTitle":"Backend Engineer",
"round":"technical","format":"video","startAt":"%sT09:00:00Z","endAt":"%sT10:00:00Z",
"timeZone":"Europe/Berlin","countryCode":"DE","source":"greenhouse","remoteId":"bench-%s-%d",
"interviewers":[{"name":"Maria Lopez","title":"Engineering Manager","email":"maria@northwind.example"},
{"name":"Sam Chen","title":"Staff Engineer","email":"sam@northwind.example"},
{"name":"Priya Nair","title":"Recruiter","email":"priya@northwind.example"}],
"candidate":{"name":"Jane Doe","email":"jane.doe@example.com"},
"topics":["event sourcing for billing","on-call rotation"],"skills":["Kafka","incident response"],
"expectedDecisionDate":"%s","linkedInConnectionAllowed":true}]]

local decision = os.date("!%Y-%m-%d", os.time() + 7 * 86400)

function request()
  counter = counter + 1
  local body = string.format(template, counter % 500, yesterday, yesterday, thread_tag, counter, decision)
  return wrk.format("POST", "/interviews", headers, body)
end

done = report.done
