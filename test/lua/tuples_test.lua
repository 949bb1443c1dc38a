#!/usr/bin/env tarantool
-- The save path's tuple reads and writes through Tarantool's C API
-- (gameserver/tuples.lua): what they return, that they join the caller's
-- transaction, that errors are raised as Tarantool's, and that access is
-- checked as for space:replace.
local tap = require('tap')
local helper = require('helper')
helper.start()
local tuples = require('gameserver.tuples')

local test = tap.test('tuples')
test:plan(6)

local space = box.schema.space.create('tuples_test', {
    format = {
        { name = 'id', type = 'unsigned' },
        { name = 'name', type = 'string' },
        { name = 'n', type = 'number', is_nullable = true },
    },
})
space:create_index('pk')

test:test('get returns nil or the tuple, whose fields decode in place', function(t)
    t:plan(6)
    space:replace({ 1, 'one', 1.5 })
    space:replace({ 2, 'two' })
    t:ok(tuples.get(space.id, { 3 }) == nil, 'a missing key is nil')
    local one = tuples.get(space.id, { 1 })
    t:is(tuples.field(one, 1), 1, 'an unsigned field')
    t:is(tuples.field(one, 2), 'one', 'a string field')
    t:is(tuples.field(one, 3), 1.5, 'a number field')
    local two = tuples.get(space.id, { 2 })
    t:is(tuples.field(two, 3), nil, 'a field the tuple does not have is nil')
    t:is(tuples.field(two, 2), 'two', 'another tuple read after the first')
end)

test:test('replace writes as space:replace does and joins the transaction', function(t)
    t:plan(4)
    tuples.replace(space.id, { 4, 'four' })
    t:is(space:get(4).name, 'four', 'inserted')
    tuples.replace(space.id, { 4, 'FOUR', 4 })
    t:is(space:get(4).n, 4, 'replaced')
    box.begin()
    tuples.replace(space.id, { 5, 'five' })
    t:is(space:get(5).name, 'five', 'visible inside the transaction')
    box.rollback()
    t:ok(space:get(5) == nil, 'gone with its rollback')
end)

test:test("errors are Tarantool's, raised", function(t)
    t:plan(4)
    local ok, err = pcall(tuples.replace, space.id, { 6, 6 })
    t:ok(not ok and tostring(err):find('does not match', 1, true) ~= nil, 'a tuple against the format')
    ok, err = pcall(tuples.get, space.id, { 'x' })
    t:ok(not ok and tostring(err):find('key type', 1, true) ~= nil, 'a key of the wrong type')
    ok, err = pcall(tuples.get, 99999, { 1 })
    t:ok(not ok and tostring(err):find('does not exist', 1, true) ~= nil, 'a missing space')
    t:ok(space:get(6) == nil, 'nothing written')
end)

test:test('access is checked as for space:replace', function(t)
    t:plan(3)
    -- The worker's user may execute its procedures and nothing else.
    local ok, err = pcall(box.session.su, 'gs_worker', tuples.replace, space.id, { 7, 'seven' })
    t:ok(not ok and tostring(err):find('denied', 1, true) ~= nil, 'a write as the worker is refused')
    ok, err = pcall(box.session.su, 'gs_worker', tuples.get, space.id, { 1 })
    t:ok(not ok and tostring(err):find('denied', 1, true) ~= nil, 'so is a read')
    t:ok(space:get(7) == nil, 'nothing written')
end)

test:test('delete says whether a tuple was there and joins the transaction', function(t)
    t:plan(5)
    space:replace({ 10, 'ten' })
    t:is(tuples.delete(space.id, { 11 }), false, 'a missing key: false')
    box.begin()
    t:is(tuples.delete(space.id, { 10 }), true, 'a present key: true')
    t:ok(space:get(10) == nil, 'gone inside the transaction')
    box.rollback()
    t:is(space:get(10).name, 'ten', 'back with its rollback')
    local ok, err = pcall(tuples.delete, space.id, { 'x' })
    t:ok(not ok and tostring(err):find('key type', 1, true) ~= nil, "a bad key raises Tarantool's error")
end)

test:test('scan visits an index in order from a key until fn says stop', function(t)
    t:plan(6)
    local s = box.schema.space.create('tuples_scan_test')
    s:create_index('pk')
    s:create_index('by_group', { parts = { 2, 'string', 1, 'unsigned' } })
    for i, g in ipairs({ 'b', 'a', 'b', 'a', 'b' }) do s:replace({ i, g }) end
    local seen = {}
    tuples.scan(s.id, s.index.by_group.id, box.index.EQ, { 'b' }, function(tp)
        seen[#seen + 1] = tuples.field(tp, 1)
    end)
    t:is_deeply(seen, { 1, 3, 5 }, "EQ: the key's tuples, in the index's order")
    seen = {}
    tuples.scan(s.id, s.index.by_group.id, box.index.EQ, { 'b' }, function(tp)
        seen[#seen + 1] = tuples.field(tp, 1)
        return #seen == 2
    end)
    t:is_deeply(seen, { 1, 3 }, 'true from fn stops the scan')
    seen = {}
    tuples.scan(s.id, 0, box.index.GE, { 4 }, function(tp)
        -- A read of another tuple inside fn (it reuses get's buffer) leaves the scan's key alone.
        t:ok(tuples.get(s.id, { 1 }) ~= nil, 'get inside fn')
        seen[#seen + 1] = tuples.field(tp, 1)
    end)
    t:is_deeply(seen, { 4, 5 }, 'GE from a key')
    local ok, err = pcall(tuples.scan, s.id, s.index.by_group.id, box.index.EQ, { 'a' }, function()
        error('from fn')
    end)
    t:ok(not ok and tostring(err):find('from fn', 1, true) ~= nil, "fn's error is raised to the caller")
    s:drop()
end)

helper.finish(test)
