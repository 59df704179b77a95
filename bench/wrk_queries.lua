-- wrk script: each request searches the next line of $QUERIES_FILE (distinct queries, no cache hits).
-- $EXTRA_PARAMS (optional) is appended to every request, e.g. "&facets=org,year,month&facet_size=12"
-- for what the web page asks.
local queries = {}
local extra = os.getenv("EXTRA_PARAMS") or ""
for line in io.lines(os.getenv("QUERIES_FILE")) do queries[#queries + 1] = line end
local counter = 0
local function encode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
request = function()
  counter = counter + 1
  local q = queries[(counter % #queries) + 1]
  return wrk.format("GET", "/search?q=" .. encode(q) .. extra)
end
-- Each wrk thread starts at a different place in the list, so threads do not repeat each other.
local next_thread = 0
function setup(thread)
  thread:set("tid", next_thread)
  next_thread = next_thread + 1
end
function init(args)
  counter = (tid or 0) * 997
end
