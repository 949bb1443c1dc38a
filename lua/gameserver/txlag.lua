-- Where a store call's tail latency comes from, counted in Tarantool:
-- - how late the TX thread's fibers run: a fiber asks to wake every TICK
--   seconds and counts how much later it woke (the thread was busy with a
--   long request or Lua's collector, or waited for a core);
-- - how long each gs.save_batch commit waited for its WAL write.
-- gs.stats().txlag has the counters; scripts/bench prints their deltas.
local fiber = require('fiber')
local background = require('gameserver.background')

local M = {}
local TICK = 0.005
local BOUNDS = { 0.005, 0.010, 0.020, 0.050 }
local counts = { late_5ms = 0, late_10ms = 0, late_20ms = 0, late_50ms = 0, ticks = 0,
    commits = 0, commit_5ms = 0, commit_10ms = 0, commit_20ms = 0, commit_50ms = 0 }
local NAMES = { 'late_5ms', 'late_10ms', 'late_20ms', 'late_50ms' }
local COMMIT_NAMES = { 'commit_5ms', 'commit_10ms', 'commit_20ms', 'commit_50ms' }

-- A save batch's commit (its WAL write) took this long, seconds.
function M.commit(seconds)
    counts.commits = counts.commits + 1
    for i, b in ipairs(BOUNDS) do
        if seconds > b then counts[COMMIT_NAMES[i]] = counts[COMMIT_NAMES[i]] + 1 end
    end
end

function M.start()
    local last = fiber.clock()
    background.start('gs.txlag', function() return TICK end, function()
        local now = fiber.clock()
        local late = now - last - TICK
        last = now
        counts.ticks = counts.ticks + 1
        for i, b in ipairs(BOUNDS) do
            if late > b then counts[NAMES[i]] = counts[NAMES[i]] + 1 end
        end
    end)
end

-- Counters since start: wakes and how many were later than 5, 10, 20 and
-- 50 ms; save-batch commits and how many took longer than those.
function M.read()
    local out = {}
    for k, v in pairs(counts) do out[k] = v end
    return out
end

return M
