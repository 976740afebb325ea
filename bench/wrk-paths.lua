-- wrk script: cycles through the request paths listed in the file given after `--` (one per
-- line; with N threads, given as the second argument, thread k starts k/N of the way in, so that
-- threads meet no path another one requested moments ago) and prints the figures as one JSON line.
local paths = {}
local index = 0
local threads = 0
local headers = {}
-- global, not local: done() reads each thread's count with thread:get, which sees globals only
sent = 0
local all_threads = {}

function setup(thread)
  thread:set("offset", threads)
  threads = threads + 1
  table.insert(all_threads, thread)
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
  sent = sent + 1
  return wrk.format("GET", paths[index], headers)
end

-- "sent" counts the requests still in flight when the run ended too: the application answers them, and
-- the database work they cause is counted with the run's
function done(summary, latency, requests)
  local e = summary.errors
  local total_sent = 0
  for _, thread in ipairs(all_threads) do total_sent = total_sent + (thread:get("sent") or 0) end
  io.write(string.format(
    '{"requests":%d,"sent":%d,"durationUs":%d,"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},' ..
    '"latencyUs":{"p50":%d,"p95":%d,"p99":%d,"max":%d,"mean":%.1f}}\n',
    summary.requests, total_sent, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max, latency.mean))
end
