#!/usr/bin/env tarantool
local tap = require('tap')
local helper = require('helper')
helper.start()
local migrations = require('gameserver.migrations')

local test = tap.test('migrations')
test:plan(6)

test:is(migrations.version(), #migrations.steps, 'every step applied at start')
test:is(migrations.apply(), 0, 'applying again runs nothing')
test:is(box.space.gs_migrations:len(), #migrations.steps, 'each step recorded once')

-- Step 2 on a players space as step 1 left it, with a row saved then.
local players = box.space.players
local v1 = {}
for i = 1, 6 do v1[i] = players:format()[i] end
players:format(v1)
players:replace({ 900, 1, 'old', 0, 0, '{}' })
migrations.steps[2].up()
local names = {}
for _, f in ipairs(players:format()) do table.insert(names, f.name) end
test:is(table.concat(names, ','), 'id,version,name,xp,last_seen,state,coins,level', 'step 2 adds coins and level')
test:is_deeply({ players:get(900).name, players:get(900).coins }, { 'old', nil }, 'an older row reads them as nil')
migrations.steps[2].up()
test:is(#players:format(), 8, 'step 2 again changes nothing')
players:delete(900)

helper.finish(test)
