#!/usr/bin/env tarantool
local tap = require('tap')
local fiber = require('fiber')
local helper = require('helper')
helper.start()

local test = tap.test('wq')
test:plan(10)

-- Takes everything ready and acks it, so each test starts from an empty queue.
local function drain()
    local leased = {}
    for _, e in box.space.wq.index.status:pairs({ 't' }, { iterator = 'EQ' }) do
        table.insert(leased, { kind = e.kind, key = e.key, version = e.version })
    end
    wq.ack(leased)
    while true do
        local got = wq.take('drain', 1000, 60, 0)
        if #got == 0 then return end
        wq.ack(got)
    end
end

local function save_n(player_id, n, events)
    local epoch = helper.claim(player_id)
    local v = (gs.get(player_id) or { version = 0 }).version
    for _ = 1, n do
        v = v + 1
        assert(gs.save(player_id, epoch, v, helper.state(), events or {}))
    end
    return epoch, v
end

test:test('coalescing: 10 saves of one player leave one entry with the last version', function(t)
    t:plan(4)
    drain()
    save_n(1, 10)
    t:is(wq.stats().ready, 1, 'one entry ready')
    local got = wq.take('c1', 100, 30, 0)
    t:is(#got, 1, 'take returns one entry')
    t:is(got[1].version, 10, 'with the last version')
    t:is(got[1].player.version, 10, 'and the player row of that version')
    wq.ack(got)
end)

test:test('events are queued once each under sequence ids', function(t)
    t:plan(4)
    drain()
    save_n(2, 3, { { type = 'plant', payload = '{"plot":1}' } })
    local got = wq.take('c1', 100, 30, 0)
    local events = {}
    for _, e in ipairs(got) do if e.kind == 'e' then table.insert(events, e) end end
    t:is(#events, 3, 'three events, not coalesced')
    t:ok(events[1].key < events[2].key and events[2].key < events[3].key, 'increasing sequence ids')
    t:is(events[1].type, 'plant', 'event type')
    t:is(events[1].player_id, 2, 'event player')
    wq.ack(got)
end)

test:test('ack after a newer save keeps the entry, ready again', function(t)
    t:plan(4)
    drain()
    local epoch, v = save_n(3, 1)
    local got = wq.take('c1', 100, 30, 0)
    assert(gs.save(3, epoch, v + 1, helper.state()))
    local r = wq.ack(got)
    t:is(r.deleted, 0, 'nothing deleted')
    t:is(r.kept, 1, 'entry kept')
    local again = wq.take('c1', 100, 30, 0)
    t:is(#again == 1 and again[1].version, v + 1, 'retaken with the newer version')
    t:is(wq.ack(again).deleted, 1, 'acked with the right version it goes')
end)

test:test('an expired lease returns the entry to ready', function(t)
    t:plan(4)
    drain()
    wq.configure({ sweep_interval = 0.02 })
    save_n(4, 1)
    local got = wq.take('dies', 100, 0.05, 0)
    t:is(#got, 1, 'taken')
    t:is(wq.stats().taken, 1, 'leased')
    fiber.sleep(0.2)
    t:is(wq.stats().ready, 1, 'ready again after the lease ran out')
    local again = wq.take('c2', 100, 30, 0)
    t:is(again[1].attempts, 1, 'the expiry counted as an attempt')
    wq.ack(again)
    wq.configure({ sweep_interval = 0.5 })
end)

test:test('release returns entries with attempts + 1; after N they are buried; kick revives', function(t)
    t:plan(7)
    drain()
    wq.configure({ max_attempts = 3 })
    save_n(5, 1)
    for i = 1, 2 do
        local got = wq.take('c1', 100, 30, 0)
        local r = wq.release(got, 'mysql said no ' .. i)
        t:is(r.released, 1, 'released, attempt ' .. i)
    end
    local got = wq.take('c1', 100, 30, 0)
    local r = wq.release(got, 'poison')
    t:is(r.buried, 1, 'buried at the third failure')
    local buried = wq.buried(10)
    t:is(#buried == 1 and buried[1].last_error, 'poison', 'buried with its last error')
    t:is(#wq.take('c1', 100, 30, 0), 0, 'a buried entry is not taken')
    t:is(wq.kick(10), 1, 'kick returns it')
    t:is(wq.take('c1', 100, 30, 0)[1].attempts, 0, 'with attempts reset')
    drain()
    wq.configure({ max_attempts = 5 })
end)

test:test('a newer save of a buried player gives it a fresh start', function(t)
    t:plan(2)
    drain()
    wq.configure({ max_attempts = 1 })
    local epoch, v = save_n(6, 1)
    wq.release(wq.take('c1', 100, 30, 0), 'bad')
    t:is(wq.stats().buried, 1, 'buried')
    assert(gs.save(6, epoch, v + 1, helper.state()))
    t:is(wq.stats().ready, 1, 'ready with the newer version')
    drain()
    wq.configure({ max_attempts = 5 })
end)

test:test('take blocks until work arrives and wakes within milliseconds', function(t)
    t:plan(2)
    drain()
    local got, waited
    local f = fiber.create(function()
        local t0 = fiber.clock()
        got = wq.take('c1', 100, 30, 5)
        waited = fiber.clock() - t0
    end)
    f:set_joinable(true)
    fiber.sleep(0.05)
    save_n(7, 1)
    f:join()
    t:is(#got, 1, 'got the entry')
    t:ok(waited < 0.2, string.format('woke after %.3f s', waited))
    drain()
end)

test:test('take with nothing ready returns empty after its timeout', function(t)
    t:plan(2)
    drain()
    local t0 = fiber.clock()
    local got = wq.take('c1', 10, 30, 0.1)
    local took = fiber.clock() - t0
    t:is(#got, 0, 'empty')
    t:ok(took >= 0.09 and took < 0.5, string.format('waited %.3f s', took))
end)

test:test('stats: counts, lag and counters', function(t)
    t:plan(4)
    drain()
    save_n(8, 1)
    fiber.sleep(0.05)
    local s = wq.stats()
    t:is(s.ready, 1, 'one ready')
    t:ok(s.oldest_ready_age >= 0.04, 'lag measured')
    t:ok(s.put > 0 and s.take > 0 and s.ack > 0, 'counters move')
    wq.take('c1', 10, 30, 0)
    t:is(wq.stats().taken, 1, 'one taken')
    drain()
end)

test:test('bad arguments get BAD_ARGUMENT', function(t)
    t:plan(3)
    t:is(select(2, wq.take('', 10, 30, 0)).code, 'BAD_ARGUMENT', 'empty consumer')
    t:is(select(2, wq.take('c', 0, 30, 0)).code, 'BAD_ARGUMENT', 'max 0')
    t:is(select(2, wq.take('c', 10, 30, 1e9)).code, 'BAD_ARGUMENT', 'huge timeout')
end)

helper.finish(test)
