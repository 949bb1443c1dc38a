#!/usr/bin/env tarantool
local tap = require('tap')
local json = require('json')
local helper = require('helper')
helper.start()

local test = tap.test('players')
test:plan(17)

test:test('claim raises the epoch and reports the previous owner', function(t)
    t:plan(6)
    local a = gs.claim(1, 'w1')
    t:is(a.epoch, 1, 'first claim has epoch 1')
    t:is(a.previous, nil, 'nobody held the player')
    t:is(a.player, nil, 'no stored player yet')
    local b = gs.claim(1, 'w2')
    t:is(b.epoch, 2, 'second claim raises the epoch')
    t:is(b.previous, 'w1', 'previous owner reported')
    local msgs = gs.poll('w1', 10, 0)
    t:is(#msgs == 1 and msgs[1].kind == 'kick' and json.decode(msgs[1].payload).epoch, 2,
        'the previous owner got a kick with the new epoch')
end)

test:test('save writes the player and returns the new version', function(t)
    t:plan(4)
    local epoch = helper.claim(2)
    local r, err = gs.save(2, epoch, 1, helper.row('alice', 5, '{"coins":100}'))
    t:is(err, nil, 'no error')
    t:is(r.version, 1, 'version 1')
    local p = gs.get(2)
    t:is(p.state, '{"coins":100}', 'state stored')
    t:is(p.name, 'alice', 'name stored')
end)

test:test('a save with an old epoch is fenced', function(t)
    t:plan(3)
    local old = helper.claim(3, 'w1')
    t:ok(gs.save(3, old, 1, helper.row()), 'save with current epoch')
    helper.claim(3, 'w2')
    local r, err = gs.save(3, old, 2, helper.row())
    t:is(r, nil, 'refused')
    t:is(err.code, 'FENCED', 'with FENCED')
end)

test:test('a save after release is fenced', function(t)
    t:plan(3)
    local epoch = helper.claim(4)
    t:is(gs.release(4, epoch), true, 'released')
    local _, err = gs.save(4, epoch, 1, helper.row())
    t:is(err.code, 'FENCED', 'save after release refused')
    t:is(gs.release(4, epoch), false, 'second release is a no-op')
end)

test:test('a version gap is refused', function(t)
    t:plan(4)
    local epoch = helper.claim(5)
    t:ok(gs.save(5, epoch, 1, helper.row()), 'v1')
    local _, err = gs.save(5, epoch, 3, helper.row())
    t:is(err.code, 'VERSION_CONFLICT', 'v3 after v1 refused')
    t:is(err.stored_version, 1, 'the stored version is reported')
    local _, err2 = gs.save(5, epoch, 1, helper.row())
    t:is(err2.code, 'VERSION_CONFLICT', 'v1 again refused')
end)

test:test('bad arguments get BAD_ARGUMENT, not a raise', function(t)
    t:plan(6)
    local epoch = helper.claim(6)
    t:is(select(2, gs.save(6, epoch, 1, 'nope')).code, 'BAD_ARGUMENT', 'state not a map')
    t:is(select(2, gs.save(-1, epoch, 1, helper.row())).code, 'BAD_ARGUMENT', 'negative id')
    t:is(select(2, gs.save(2 ^ 53, epoch, 1, helper.row())).code, 'BAD_ARGUMENT', 'id above 2^53-1')
    t:is(select(2, gs.claim(1.5, 'w1')).code, 'BAD_ARGUMENT', 'fractional id')
    t:is(select(2, gs.save(6, epoch, 1, helper.row(), { { type = 5 } })).code, 'BAD_ARGUMENT', 'bad event')
    t:is(gs.get(6), nil, 'nothing was written')
end)

test:test('a gift debits and credits in one transaction, applied once', function(t)
    t:plan(8)
    local sender = helper.claim(10, 'w1')
    local recipient = helper.claim(11, 'w2')
    gs.poll('w2', 100, 0)
    local r = gs.save(10, sender, 1, helper.row('s', 0, '{"apples":4}'), { { type = 'gift', payload = '{}' } },
        { { to = 11, kind = 'item', payload = '{"item":"apple","qty":1}' } })
    t:is(r.version, 1, 'sender saved with the gift')
    local items = gs.inbox(11)
    t:is(#items, 1, 'one inbox row for the recipient')
    t:is(items[1].from_id, 10, 'from the sender')
    local notice = gs.poll('w2', 10, 0)
    t:is(#notice == 1 and notice[1].kind, 'inbox', 'the recipient worker got an inbox notice')
    local ok = gs.save(11, recipient, 1, helper.row('r', 0, '{"apples":1}'), {}, {}, { items[1].id })
    t:ok(ok, 'recipient applies the gift and acks the inbox row')
    t:is(#gs.inbox(11), 0, 'inbox row gone')
    local _, err = gs.save(11, recipient, 2, helper.row('r', 0, '{"apples":2}'), {}, {}, { items[1].id })
    t:is(err.code, 'INBOX_GONE', 'applying the same gift again is refused')
    t:is(gs.get(11).version, 1, 'and nothing was written')
end)

test:test('a refused save writes nothing: no inbox row, no queue entry', function(t)
    t:plan(3)
    local old = helper.claim(12, 'w1')
    helper.claim(12, 'w2')
    local before = wq.stats()
    gs.save(12, old, 1, helper.row(), { { type = 'x', payload = '' } }, { { to = 13, kind = 'item', payload = '' } })
    t:is(#gs.inbox(13), 0, 'no inbox row')
    t:is(wq.stats().ready, before.ready, 'no queue entry')
    t:is(gs.get(12), nil, 'no player row')
end)

test:test('save_batch: many players, one call, each checked on its own', function(t)
    t:plan(5)
    local e20 = helper.claim(20)
    local e21 = helper.claim(21)
    local r = gs.save_batch({
        { player_id = 20, epoch = e20, version = 1, row = helper.row() },
        { player_id = 21, epoch = e21 + 7, version = 1, row = helper.row() },
        { player_id = 20, epoch = e20, version = 2, row = helper.row() },
        { player_id = 20, epoch = e20, version = 2, row = helper.row() },
    })
    t:is(r[1].version, 1, 'first save ok')
    t:is(r[2].error.code, 'FENCED', 'second fenced')
    t:is(r[3].version, 2, 'same player again in the batch sees the first save')
    t:is(r[4].error.code, 'VERSION_CONFLICT', 'a repeated version is refused')
    t:is(gs.get(21), nil, 'the fenced save wrote nothing')
end)

test:test('save_batch with positional saves (as workers send them): versions back, the same checks', function(t)
    t:plan(10)
    local e22 = helper.claim(22)
    local e23 = helper.claim(23)
    local state = '{"coins":1}'
    local r = gs.save_batch({
        { 22, e22, 1, 'p22', 5, 100, state, { 'plant', '{"plot":1}', 'sell', '{}' } },
        { 23, e23 + 1, 1, 'p23', 0, 0, state },
        { 22, e22, 2, 'p22', 6, 101, state, {}, { { to = 23, kind = 'item', payload = '{}' } } },
        { 22, e22, 3, 'p22', 6, 101, state, { 'odd' } },
        { 22, e22, 3, 'p22', -1, 101, state },
    })
    t:is(r[1], 1, 'a committed save answers its version')
    t:is(r[2].error.code, 'FENCED', 'a refused one its error')
    t:is(r[3], 2, 'with a gift')
    t:is(r[4].error.code, 'BAD_ARGUMENT', 'events must come in type, payload pairs')
    t:is(r[5].error.code, 'BAD_ARGUMENT', 'the row fields are checked')
    local p = gs.get(22)
    t:is_deeply({ p.version, p.name, p.xp, p.last_seen, p.state }, { 2, 'p22', 6, 101, state }, 'the row as sent')
    t:is(#gs.inbox(23), 1, 'the gift is in the inbox')
    local events = {}
    for _, e in ipairs(wq.take('c1', 1000, 30, 0, { compact = true })) do
        if e[1] == 'e' then
            for _, ev in ipairs(e[5]) do
                if ev[1] == 22 then table.insert(events, ev[2] .. ev[3]) end
            end
        end
    end
    t:is_deeply(events, { 'plant{"plot":1}', 'sell{}' }, 'the events, in order')
    t:is(select('#', gs.save_batch({ 'not a save' })[1].error.code), 1, 'a string is refused')
    -- Over the network, the missing lists arrive as msgpack nil (box.NULL).
    local e24 = helper.claim(24)
    t:is(gs.save_batch({ { 24, e24, 1, 'p24', 0, box.NULL, state, box.NULL, box.NULL, box.NULL } })[1], 1,
        'nil lists and last_seen as box.NULL')
end)

test:test('coins and level travel with a save or a restore into the player row, both or neither', function(t)
    t:plan(9)
    local e = helper.claim(25)
    local state = '{"coins":7}'
    local r = gs.save_batch({
        { 25, e, 1, 'p25', 5, 100, state, box.NULL, box.NULL, box.NULL, 7, 2 },
        { 25, e, 2, 'p25', 5, 100, state, box.NULL, box.NULL, box.NULL, 7 },
        { 25, e, 2, 'p25', 5, 100, state, box.NULL, box.NULL, box.NULL, -1, 2 },
        { 25, e, 2, 'p25', 5, 100, state, box.NULL, box.NULL, box.NULL, box.NULL, box.NULL },
    })
    t:is(r[1], 1, 'a positional save with coins and level')
    t:is(r[2].error.code, 'BAD_ARGUMENT', 'coins without level is refused')
    t:is(r[3].error.code, 'BAD_ARGUMENT', 'negative coins are refused')
    t:is(r[4], 2, 'both as msgpack nil: neither (an older worker)')
    t:is_deeply({ #box.space.players:get(25), gs.get(25).coins }, { 6, nil }, 'neither: a row without them')
    local row = helper.row('p25', 6, state)
    row.coins, row.level = 9, 3
    t:is(gs.save(25, e, 3, row).version, 3, 'a save as a map with them')
    local p = gs.get(25)
    t:is_deeply({ p.coins, p.level }, { 9, 3 }, 'stored in the player row')
    local e26 = helper.claim(26)
    local cold = helper.row('cold', 3)
    cold.coins, cold.level = 40, 1
    gs.restore(26, e26, 5, cold)
    p = gs.get(26)
    t:is_deeply({ p.version, p.coins, p.level }, { 5, 40, 1 }, 'a restore stores them too')
    cold.level = 'x'
    t:is(select(2, gs.restore(27, helper.claim(27), 1, cold)).code, 'BAD_ARGUMENT', 'a restore checks them')
end)

test:test('restore puts a player loaded from MySQL once', function(t)
    t:plan(4)
    local epoch = helper.claim(30)
    local r = gs.restore(30, epoch, 7, helper.row('cold', 3))
    t:is(r.version, 7, 'restored at its MySQL version')
    local _, err = gs.restore(30, epoch, 7, helper.row('cold', 3))
    t:is(err.code, 'EXISTS', 'a second restore is refused')
    t:is(gs.save(30, epoch, 8, helper.row('cold', 4)).version, 8, 'the next save is version 8')
    local _, ferr = gs.restore(31, 99, 1, helper.row())
    t:is(ferr.code, 'FENCED', 'restore needs the current epoch')
end)

test:test('worker_gone clears the presence of every player of that worker', function(t)
    t:plan(4)
    helper.claim(40, 'dead')
    helper.claim(41, 'dead')
    helper.claim(42, 'alive')
    local before = gs.online()
    t:is(gs.worker_gone('dead'), 2, 'two players released')
    t:is(gs.online(), before - 2, 'online count dropped by two')
    t:is(gs.send(40, 'chat', 'hi').delivered, false, 'a player of the dead worker is offline')
    t:is(gs.send(42, 'chat', 'hi').delivered, true, 'the other worker still delivers')
end)

test:test('top uses the xp index, highest first', function(t)
    t:plan(3)
    for i = 50, 59 do
        local e = helper.claim(i)
        gs.save(i, e, 1, helper.row('p' .. i, 1000 + i))
    end
    local top = gs.top(3)
    t:is(#top, 3, 'three rows')
    t:is(top[1].id, 59, 'highest xp first')
    t:ok(top[1].xp >= top[2].xp and top[2].xp >= top[3].xp, 'in order')
end)

test:test('admin helpers', function(t)
    t:plan(4)
    local info = gs.player(2)
    t:is(info.player.id, 2, 'gs.player shows the row')
    t:is(info.queued.version, 1, 'and its queue entry')
    local s = gs.stats()
    t:ok(s.players > 0 and s.memory_quota > 0, 'gs.stats counts players and memory')
    t:is(type(s.memory_alarm), 'boolean', 'memory alarm reported')
end)

test:test('memory alarm crosses the configured ratio and saves still commit', function(t)
    t:plan(3)
    gs.configure({ memory_alarm_ratio = 0 })
    t:is(gs.stats().memory_alarm, true, 'alarm on at ratio 0')
    local e = helper.claim(60)
    t:ok(gs.save(60, e, 1, helper.row()), 'save commits under the alarm')
    gs.configure({ memory_alarm_ratio = 0.85 })
    t:is(gs.stats().memory_alarm, false, 'alarm off again')
end)

test:test('the controller procedures: role, quorum and its barrier', function(t)
    t:plan(7)
    local role = gs.role()
    t:is(role.ro, false, 'a lone instance is writable')
    t:is(type(role.uuid), 'string', 'its uuid')
    t:is(type(role.vclock_sum), 'number', 'the vclock sum')
    t:is(#role.peers, 0, 'no peers')
    local r = gs.set_quorum(1)
    t:is(r.quorum, 1, 'quorum 1')
    t:is(r.barrier, false, 'no barrier below quorum 2')
    local _, err = gs.set_quorum(0)
    t:is(err and err.code, 'BAD_ARGUMENT', 'quorum 0 refused')
end)

helper.finish(test)
