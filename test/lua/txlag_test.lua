#!/usr/bin/env tarantool
local tap = require('tap')
local fiber = require('fiber')
local clock = require('clock')
local helper = require('helper')
helper.start()

local test = tap.test('txlag')
test:plan(3)

local function save_twice(player_id)
    local epoch = helper.claim(player_id)
    gs.save_batch({ { player_id, epoch, 1, 'p', 0, 0, '{}' } })
    gs.save_batch({ { player_id, epoch, 2, 'p', 0, 0, '{}' } })
end

test:test('with no saves, the lateness probe wakes once a second', function(t)
    t:plan(1)
    -- Nothing saved since start: after the first second the probe is idle.
    fiber.sleep(1.1)
    local before = gs.stats().txlag
    fiber.sleep(0.5)
    local after = gs.stats().txlag
    t:ok(after.ticks - before.ticks <= 1, string.format('%d wakes in 500 ms', after.ticks - before.ticks))
end)

test:test('while saves come in, it wakes every 5 ms and counts a blocked thread', function(t)
    t:plan(3)
    -- The probe sleeps for a second: a commit wakes it at once.
    save_twice(2)
    local before = gs.stats().txlag
    fiber.sleep(0.1)
    local mid = gs.stats().txlag
    t:ok(mid.ticks - before.ticks >= 10, string.format('%d wakes in 100 ms', mid.ticks - before.ticks))
    -- Hold the TX thread for 30 ms without yielding (fiber.clock() is the
    -- event loop's cached time: the real clock here).
    local t0 = clock.monotonic()
    while clock.monotonic() - t0 < 0.03 do end
    fiber.sleep(0.02)
    local after = gs.stats().txlag
    t:ok(after.late_20ms - mid.late_20ms >= 1, 'a wake later than 20 ms is counted')
    t:is(after.late_50ms - mid.late_50ms, 0, 'and not as later than 50 ms')
end)

test:test('every gs.save_batch commit is counted with its duration', function(t)
    t:plan(2)
    local before = gs.stats().txlag
    save_twice(1)
    local after = gs.stats().txlag
    t:is(after.commits - before.commits, 2, 'two commits')
    t:ok(after.commit_50ms - before.commit_50ms == 0, 'none slower than 50 ms')
end)

helper.finish(test)
