#!/usr/bin/env tarantool
local tap = require('tap')
local fiber = require('fiber')
local helper = require('helper')
helper.start()

local test = tap.test('wq')
test:plan(18)

-- Takes everything ready and acks it, so each test starts from an empty queue.
local function drain()
    local leased = {}
    for _, l in ipairs(wq.leases()) do
        local t = box.space.wq:get({ l.kind, l.key })
        table.insert(leased, { kind = l.kind, key = l.key, version = t and t.version or 0 })
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
        assert(gs.save(player_id, epoch, v, helper.row(), events or {}))
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
    for _, e in ipairs(got) do
        if e.kind == 'e' then
            for _, ev in ipairs(e.events) do table.insert(events, ev) end
        end
    end
    t:is(#events, 3, 'three events, not coalesced')
    t:ok(events[1].id < events[2].id and events[2].id < events[3].id, 'increasing sequence ids')
    t:is(events[1].type, 'plant', 'event type')
    t:is(events[1].player_id, 2, 'event player')
    wq.ack(got)
end)

test:test('a batch of saves queues its events as one group with consecutive ids', function(t)
    t:plan(8)
    drain()
    local e4, e5 = helper.claim(4), helper.claim(5)
    local v4 = (gs.get(4) or { version = 0 }).version
    local v5 = (gs.get(5) or { version = 0 }).version
    local ev = function(n) return { { type = 'plant', payload = '{"n":' .. n .. '}' } } end
    local r = gs.save_batch({
        { player_id = 4, epoch = e4, version = v4 + 1, row = helper.row(), events = ev(1) },
        { player_id = 5, epoch = e5, version = v5 + 7, row = helper.row(), events = ev(2) },
        { player_id = 5, epoch = e5, version = v5 + 1, row = helper.row(),
            events = { ev(3)[1], ev(4)[1] } },
    })
    t:ok(r[2].error ~= nil, 'the refused save')
    local got = wq.take('c1', 100, 30, 0, { compact = true })
    local groups = {}
    for _, e in ipairs(got) do if e[1] == 'e' then table.insert(groups, e) end end
    t:is(#groups, 1, 'one entry for the whole batch')
    local g = groups[1][5]
    t:is(#g, 3, 'with the events of the saves that committed only')
    t:is_deeply({ g[1][1], g[1][3], g[2][1], g[2][3], g[3][3] },
        { 4, '{"n":1}', 5, '{"n":3}', '{"n":4}' }, 'in order, with their players')
    local next_id = box.sequence.wq_event_id:next()
    t:is(next_id, groups[1][2] + 3, 'the sequence moved past the group (ids key .. key + 2)')
    t:is(wq.ack(got).deleted, #got, 'one ack deletes the group')
    -- An entry queued before event groups (one event as its body) still reads.
    box.space.wq:insert({ 'e', next_id, 0, 'r', 0, require('clock').time() - 1, '', { 6, 'old', '{}', 1.5 } })
    local old = wq.take('c1', 100, 30, 0, { compact = true })
    t:is_deeply(old[1][5], { { 6, 'old', '{}', 1.5 } }, 'an old single event is a group of one')
    t:is(wq.ack(old).deleted, 1, 'and acks')
end)

test:test('take counts the events of a group against max', function(t)
    t:plan(2)
    drain()
    for id = 7, 9 do
        local epoch = helper.claim(id)
        local v = (gs.get(id) or { version = 0 }).version
        local many = {}
        for n = 1, 4 do many[n] = { type = 'plant', payload = '{}' } end
        assert(gs.save_batch({ { player_id = id, epoch = epoch, version = v + 1, row = helper.row(), events = many } }))
    end
    -- Three player entries and three groups of 4 events; max 6 rows.
    local got = wq.take('c1', 6, 30, 0, { compact = true })
    local rows = 0
    for _, e in ipairs(got) do rows = rows + (e[1] == 'e' and #e[5] or 1) end
    t:ok(rows >= 6 and rows < 6 + 4, 'stops once max rows are taken')
    local rest = wq.take('c1', 1000, 30, 0, { compact = true })
    t:is(#got + #rest, 6, 'the rest come with the next take')
    wq.ack(got)
    wq.ack(rest)
end)

test:test('ack after a newer save keeps the entry, ready again', function(t)
    t:plan(4)
    drain()
    local epoch, v = save_n(3, 1)
    local got = wq.take('c1', 100, 30, 0)
    assert(gs.save(3, epoch, v + 1, helper.row()))
    local r = wq.ack(got)
    t:is(r.deleted, 0, 'nothing deleted')
    t:is(r.kept, 1, 'entry kept')
    local again = wq.take('c1', 100, 30, 0)
    t:is(#again == 1 and again[1].version, v + 1, 'retaken with the newer version')
    t:is(wq.ack(again).deleted, 1, 'acked with the right version it goes')
end)

test:test('ack decides from the lease while it is held, from the player row once it is gone', function(t)
    t:plan(5)
    drain()
    local epoch, v = save_n(5, 1)
    local got = wq.take('c1', 100, 30, 0)
    t:ok(wq.leases()[1] and not wq.leases()[1].saved, 'a fresh lease: not saved since')
    -- The player row alone would say "unchanged": only the lease knows of the save.
    box.begin()
    require('gameserver.wq').put_player(5, v, 0)
    box.commit()
    t:is(wq.ack(got).kept, 1, 'a save marked on the lease keeps the entry')
    got = wq.take('c1', 100, 30, 0)
    assert(gs.save(5, epoch, v + 1, helper.row()))
    -- A lease gone (swept, or Tarantool restarted): the version is read from the player row.
    wq.release(got, 'test', false)
    local r = wq.ack({ { 'p', 5, v } })
    t:is_deeply({ r.deleted, r.kept }, { 0, 1 }, 'no lease: the newer version in the row keeps it')
    got = wq.take('c1', 100, 30, 0)
    wq.release(got, 'test', false)
    t:is(wq.ack({ { 'p', 5, v + 1 } }).deleted, 1, 'no lease, same version: deleted')
    t:is(#wq.leases(), 0, 'no lease left')
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

test:test('release without counting (target unreachable) never buries', function(t)
    t:plan(3)
    drain()
    wq.configure({ max_attempts = 2 })
    save_n(9, 1)
    for _ = 1, 5 do
        wq.release(wq.take('c1', 100, 30, 0), 'mysql down', false)
    end
    t:is(wq.stats().buried, 0, 'not buried after 5 uncounted releases')
    local got = wq.take('c1', 100, 30, 0)
    t:is(got[1].attempts, 0, 'attempts unchanged')
    t:is(wq.release(got, 'bad row').released, 1, 'a counted release still counts')
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
    assert(gs.save(6, epoch, v + 1, helper.row()))
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

test:test('min_age: young entries wait, so saves coalesce; take wakes when they come of age', function(t)
    t:plan(4)
    drain()
    local epoch, v = save_n(10, 1)
    t:is(#wq.take('c1', 100, 30, 0, { min_age = 0.2 }), 0, 'too young to take')
    for i = 1, 5 do assert(gs.save(10, epoch, v + i, helper.row())) end
    local t0 = fiber.clock()
    local got = wq.take('c1', 100, 30, 2, { min_age = 0.2 })
    local waited = fiber.clock() - t0
    t:is(#got, 1, 'one entry after it came of age')
    t:is(got[1].version, v + 5, 'carrying the sixth save: six saves, one write')
    t:ok(waited < 0.3, string.format('woke after %.3f s', waited))
    wq.ack(got)
end)

test:test('compact entries are flat arrays with the same content', function(t)
    t:plan(3)
    drain()
    save_n(11, 1, { { type = 'x', payload = '{"a":1}' } })
    local got = wq.take('c1', 100, 30, 0, { compact = true })
    table.sort(got, function(a, b) return a[1] > b[1] end)
    t:is(got[1][1] == 'p' and got[1][5], 11, 'player entry: id in field 5')
    t:is(got[1][10], '{}', 'player state in field 10')
    t:is(got[2][1] == 'e' and got[2][5][1][3], '{"a":1}', 'event group in field 5: {player_id, type, payload, time}')
    wq.ack({ { got[1][1], got[1][2], got[1][3] }, { got[2][1], got[2][2], got[2][3] } })
end)

test:test('compact = 2: a player entry carries the stored tuple, coins and level included', function(t)
    t:plan(5)
    drain()
    local epoch = helper.claim(61)
    local row = helper.row('p61', 3)
    row.coins, row.level = 12, 4
    assert(gs.save(61, epoch, 1, row, { { type = 'x', payload = '{}' } }))
    local got = wq.take('c1', 100, 30, 0, { compact = 2 })
    table.sort(got, function(a, b) return a[1] > b[1] end)
    local p = got[1][5]
    t:is(got[1][1] == 'p' and got[1][3], 1, 'a player entry, the taken version in field 3')
    t:is_deeply({ p[1], p[2], p[3], p[4], p[6], p[7], p[8] }, { 61, 1, 'p61', 3, '{}', 12, 4 },
        'field 5: {id, version, name, xp, last_seen, state, coins, level}')
    t:is(got[2][1] == 'e' and got[2][5][1][2], 'x', 'an event group as in compact entries')
    local r = wq.ack({ { 'p', 61, 1 }, { 'e', got[2][2], 0 }, { 'e', 999999999, 0 }, { 'z', 1, 0 } })
    t:is_deeply({ r.deleted, r.kept }, { 2, 0 }, 'ack deletes both; an entry already gone or of no kind is skipped')
    t:is(#wq.leases(), 0, 'no lease left')
end)

test:test('ack_take acks one batch and takes the next in one call', function(t)
    t:plan(3)
    drain()
    save_n(12, 1)
    save_n(13, 1)
    local first = wq.take('c1', 1, 30, 0)
    local second = wq.ack_take(first, 'c1', 10, 30, 0)
    t:is(#second, 1, 'the other entry taken')
    t:isnt(second[1].key, first[1].key, 'a different one')
    t:is(wq.stats().taken, 1, 'the first was acked (deleted), the second is leased')
    wq.ack(second)
end)

test:test('bad arguments get BAD_ARGUMENT', function(t)
    t:plan(3)
    t:is(select(2, wq.take('', 10, 30, 0)).code, 'BAD_ARGUMENT', 'empty consumer')
    t:is(select(2, wq.take('c', 0, 30, 0)).code, 'BAD_ARGUMENT', 'max 0')
    t:is(select(2, wq.take('c', 10, 30, 1e9)).code, 'BAD_ARGUMENT', 'huge timeout')
end)

helper.finish(test)
