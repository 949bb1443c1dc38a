#!/usr/bin/env tarantool
local tap = require('tap')
local helper = require('helper')
helper.start()
local migrations = require('gameserver.migrations')

local test = tap.test('migrations')
test:plan(3)

test:is(migrations.version(), #migrations.steps, 'every step applied at start')
test:is(migrations.apply(), 0, 'applying again runs nothing')
test:is(box.space.gs_migrations:len(), #migrations.steps, 'each step recorded once')

helper.finish(test)
