#!/usr/bin/env tarantool
-- Friendship in the store: inbox items between players, presence for mutual
-- friends only, and what the console shows.
local tap = require('tap')
local json = require('json')
local helper = require('helper')
helper.start()

local test = tap.test('friends')
test:plan(4)

-- A stored farm in the worker's format (only the fields these procedures read).
local function farm(friends, extra)
    local f = { name = 'p', coins = 0, xp = 0, plots = {}, inventory = {}, friends = friends,
        outgoing = {}, incoming = {}, blocked = {}, requestDay = 0, requestsToday = 0 }
    for k, v in pairs(extra or {}) do f[k] = v end
    return json.encode(f)
end

local function put(id, worker, state)
    local e = helper.claim(id, worker)
    local v = (gs.get(id) or { version = 0 }).version + 1
    assert(gs.save(id, e, v, helper.row('p' .. id, 0, state)))
    return e
end

test:test('a request is an inbox item for the other player, and their worker is told', function(t)
    t:plan(4)
    put(101, 'wa', farm({}))
    put(102, 'wb', farm({}))
    gs.poll('wb', 100, 0)
    local e = gs.claim(101, 'wa').epoch
    local r = gs.save(101, e, 2, helper.row('p101', 0, farm({}, { outgoing = { { id = 102, at = 1 } } })),
        {}, { { to = 102, kind = 'friend_propose', payload = '{"a":"request"}' } }, {})
    t:is(r.version, 2, 'the request committed with the sender row')
    local items = gs.inbox(102)
    t:is(#items == 1 and items[1].kind, 'friend_propose', 'the recipient has it in the inbox')
    t:is(items[1].from_id, 101, 'from the sender')
    local msgs = gs.poll('wb', 100, 0)
    t:is(#msgs == 1 and msgs[1].kind, 'inbox', "the recipient's worker got an inbox notice")
end)

test:test('presence answers for mutual friends that are online, nobody else', function(t)
    t:plan(5)
    put(201, 'wa', farm({ 202, 203, 204, 205 }))
    put(202, 'wb', farm({ 201 }))       -- mutual, online
    put(203, 'wb', farm({}))            -- one-sided: does not list 201
    put(204, 'wb', farm({ 201 }))       -- mutual, but goes offline
    gs.release(204, gs.claim(204, 'wb').epoch)
    t:is(json.encode(gs.presence(201, { 202, 203, 204, 205 })), '[202]', 'only the online mutual friend')
    t:is(#gs.presence(203, { 201 }), 0, 'a one-sided entry reveals nothing (201 lists 203, 203 asks)')
    t:is(#gs.presence(201, {}), 0, 'an empty list')
    local _, err = gs.presence(201, { 0 })
    t:is(err and err.code, 'BAD_ARGUMENT', 'a bad id is refused')
    local many = {}
    for i = 1, 1001 do many[i] = i end
    local _, err2 = gs.presence(201, many)
    t:is(err2 and err2.code, 'BAD_ARGUMENT', 'more than 1000 ids are refused')
end)

test:test('a legacy farm (one-sided list) is never reported present', function(t)
    t:plan(1)
    put(301, 'wa', farm({ 302 }))
    put(302, 'wb', json.encode({ name = 'old', coins = 0, xp = 0, plots = {}, inventory = {}, friends = { 301 } }))
    t:is(#gs.presence(301, { 302 }), 0, 'not mutual until it logs in and converts')
end)

test:test('gs.player shows friends, requests and blocks', function(t)
    t:plan(5)
    put(401, 'wa', farm({ 402 }, { incoming = { { id = 403, at = 1 } }, outgoing = { { id = 404, at = 1 } },
        blocked = { 405 } }))
    local s = gs.player(401).social
    t:is(json.encode(s.friends), '[402]', 'friends')
    t:is(json.encode(s.incoming), '[403]', 'incoming requests')
    t:is(json.encode(s.outgoing), '[404]', 'outgoing requests')
    t:is(json.encode(s.blocked), '[405]', 'blocked')
    t:is(json.encode(gs.player(302).social.legacy_friends), '[301]', 'a legacy list is shown as such')
end)

helper.finish(test)
