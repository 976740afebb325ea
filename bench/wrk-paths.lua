-- wrk script: cycles through the request paths listed in the file given after `--` (one per
-- line; with N threads, given as the second argument, thread k starts k/N of the way in, so that
-- threads meet no path another one requested moments ago) and prints the figures as one JSON line.
local paths = {}
local index = 0
local threads = 0
local headers = {}

function setup(thread)
  thread:set("offset", threads)
  threads = threads + 1
end

function init(args)
  for line in io.lines(args[1]) do
    if line ~= "" then paths[#paths + 1] = line end
  end
  index = math.floor(offset * #paths / (tonumber(args[2]) or 1))
  -- wrk.format replaces wrk.headers (those given with -H) by the table it gets: merge them
  for name, value in pairs(wrk.headers) do headers[name] = value end
  -- JSON unless the case asks for another media type (the iCalendar feeds)
  if headers["Accept"] == nil then headers["Accept"] = "application/json" end
end

function request()
  index = index % #paths + 1
  return wrk.format("GET", paths[index], headers)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"durationUs":%d,"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},' ..
    '"latencyUs":{"p50":%d,"p95":%d,"p99":%d,"max":%d,"mean":%.1f}}\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max, latency.mean))
end
