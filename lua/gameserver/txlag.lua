-- Where a store call's tail latency comes from, counted in Tarantool:
-- - how late the TX thread's fibers run: a fiber asks to wake every TICK
--   seconds and counts how much later it woke (the thread was busy with a
--   long request or Lua's collector, or waited for a core);
-- - how long each gs.save_batch commit waited for its WAL write.
-- gs.stats().txlag has the counters; scripts/bench prints their deltas.
--
-- The probe ticks every TICK only while saves come in (a gs.save_batch
-- commit in the last ACTIVE seconds); an idle instance wakes for it once
-- every IDLE_TICK. Every wake of a sleeping thread costs CPU (on the
-- benchmark machine an empty one cost the TX thread 80 us: 16 ms a second
-- at 200 a second, most of an idle instance's CPU), and with no saves
-- there is no call whose latency the counters could explain. The first
-- commit after a quiet spell wakes the probe at once.
local fiber = require('fiber')
local background = require('gameserver.background')

local M = {}
local TICK = 0.005
local IDLE_TICK = 1
local ACTIVE = 1
local BOUNDS = { 0.005, 0.010, 0.020, 0.050 }
local counts = { late_5ms = 0, late_10ms = 0, late_20ms = 0, late_50ms = 0, ticks = 0,
    commits = 0, commit_5ms = 0, commit_10ms = 0, commit_20ms = 0, commit_50ms = 0 }
local NAMES = { 'late_5ms', 'late_10ms', 'late_20ms', 'late_50ms' }
local COMMIT_NAMES = { 'commit_5ms', 'commit_10ms', 'commit_20ms', 'commit_50ms' }

-- The probe's fiber, the sleep it asked for, and when a commit last came.
local probe = nil
local asked = TICK
local last_commit = -math.huge
local woken = false

-- A save batch's commit (its WAL write) took this long, seconds.
function M.commit(seconds)
    counts.commits = counts.commits + 1
    for i, b in ipairs(BOUNDS) do
        if seconds > b then counts[COMMIT_NAMES[i]] = counts[COMMIT_NAMES[i]] + 1 end
    end
    last_commit = fiber.clock()
    if asked > TICK and not woken and probe ~= nil and probe:status() == 'suspended' then
        woken = true
        probe:wakeup()
    end
end

local function interval()
    asked = (fiber.clock() - last_commit < ACTIVE) and TICK or IDLE_TICK
    return asked
end

function M.start()
    local last = fiber.clock()
    woken = false
    probe = background.start('gs.txlag', interval, function()
        local now = fiber.clock()
        local late = now - last - asked
        last = now
        -- Woken early by a commit: not a tick; the short ones start now.
        if woken then
            woken = false
            return
        end
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
