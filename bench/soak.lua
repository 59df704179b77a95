-- wrk script of bench/soak.sh: a mix of what searchd is asked in real use, chosen at random per
-- request: words, phrases, facets, empty and '*' queries, exports and batches. Counts answers
-- by class; done() prints them as one line that soak.sh reads.
local words = {}
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(os.getenv("SOAK_WORDS")) do words[#words + 1] = line end
  n2xx, n4xx, n5xx, nother = 0, 0, 0, 0
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 100000)
end

local function word() return words[math.random(#words)] end

function request()
  local r = math.random(1000)
  if r <= 450 then
    return wrk.format("GET", "/search?q=" .. word())
  elseif r <= 600 then
    return wrk.format("GET", "/search?q=" .. word() .. "+" .. word() .. "&page=2")
  elseif r <= 700 then
    return wrk.format("GET", "/search?q=%22" .. word() .. "+" .. word() .. "%22")
  elseif r <= 820 then
    return wrk.format("GET", "/search?q=" .. word() .. "&facets=org,year,month&size=5")
  elseif r <= 900 then
    return wrk.format("GET", "/search?q=&facets=org,year,month&size=10")
  elseif r <= 950 then
    return wrk.format("GET", "/search?q=*&sort=-date&size=20")
  elseif r <= 970 then
    return wrk.format("GET", "/doc/soak-missing-" .. r)
  elseif r <= 990 then
    local body = '{"queries":['
    for i = 1, 20 do
      body = body .. (i > 1 and "," or "") .. '{"q":"' .. word() .. '","size":5}'
    end
    return wrk.format("POST", "/batch", {["Content-Type"] = "application/json"}, body .. "]}")
  else
    return wrk.format("GET", "/export?q=" .. word() .. "+" .. word())
  end
end

function response(status, headers, body)
  if status >= 200 and status < 300 then n2xx = n2xx + 1
  elseif status >= 400 and status < 500 then n4xx = n4xx + 1
  elseif status >= 500 then n5xx = n5xx + 1
  else nother = nother + 1 end
end

function done(summary, latency, requests)
  local t = {0, 0, 0, 0}
  for _, thread in ipairs(threads) do
    t[1] = t[1] + thread:get("n2xx")
    t[2] = t[2] + thread:get("n4xx")
    t[3] = t[3] + thread:get("n5xx")
    t[4] = t[4] + thread:get("nother")
  end
  io.write(string.format("soak: 2xx %d 4xx %d 5xx %d other %d socket_errors %d p50_ms %.1f p99_ms %.1f max_ms %.1f\n",
    t[1], t[2], t[3], t[4],
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
