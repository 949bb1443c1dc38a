#!/usr/bin/env tarantool
-- Tarantool's own cost of gs.save_batch and of draining the write queue,
-- without the network or Node: CPU per save (os.clock: every thread of this
-- process, the WAL thread included) and per queue entry taken and acked.
--
--   tarantool bench/save-batch.lua            # WAL on (wal_mode 'write')
--   WAL=none tarantool bench/save-batch.lua   # without the WAL
--   B=100 R=600 tarantool bench/save-batch.lua  # 100 saves a batch, 600 batches
--   POSITIONAL=0 ...                          # saves as maps instead of arrays
--
-- 1,000 players, a 320-byte farm, one event a save. Runs in a temporary
-- folder it deletes; prints two lines. BENCHMARKS.md has its figures.
local fio = require('fio')
local clock = require('clock')
local json = require('json')
local here = fio.dirname(fio.abspath(debug.getinfo(1, 'S').source:sub(2)))
local lua_dir = fio.abspath(here .. '/../lua')
package.path = lua_dir .. '/?.lua;' .. lua_dir .. '/?/init.lua;' .. package.path

local dir = fio.tempdir()
box.cfg({
    work_dir = dir, memtx_memory = 512 * 1024 * 1024, log = dir .. '/tarantool.log',
    feedback_enabled = false, wal_mode = os.getenv('WAL') or 'write',
})
require('gameserver').start({
    users = {
        worker = { name = 'gs_worker', password = 'bench' },
        drainer = { name = 'gs_drainer', password = 'bench' },
    },
})

local N, B, ROUNDS = 1000, tonumber(os.getenv('B') or 11), tonumber(os.getenv('R') or 5000)
local POSITIONAL = os.getenv('POSITIONAL') ~= '0'
local farm = '{"name":"Farmer 1","coins":998765,"xp":12345,"plots":[{"crop":"wheat","plantedAt":1764527000000},'
    .. 'null,{"crop":"corn","plantedAt":1764527000100},null,null,{"crop":"wheat","plantedAt":1764527000000},'
    .. 'null,null,null,null,null,null],"inventory":{"wheat":3,"corn":2},"friends":[],"outgoing":[],'
    .. '"incoming":[],"blocked":[],"requestDay":0,"requestsToday":0}'
local payload = '{"plot":3,"crop":"wheat","cost":1}'
local epochs, versions = {}, {}
for i = 1, N do
    epochs[i] = gs.claim(i, 'w1').epoch
    versions[i] = 0
end

local function save_of(id)
    versions[id] = versions[id] + 1
    if POSITIONAL then
        return { id, epochs[id], versions[id], 'Farmer', 12345, 1764527000.5, farm, { 'plant', payload } }
    end
    return { player_id = id, epoch = epochs[id], version = versions[id],
        row = { name = 'Farmer', xp = 12345, last_seen = 1764527000.5, state = farm },
        events = { { type = 'plant', payload = payload } } }
end

local function round(k)
    local saves = {}
    for j = 1, B do saves[j] = save_of(((k * B + j) % N) + 1) end
    local r = gs.save_batch(saves)
    assert(type(r[1]) == 'number' or r[1].version ~= nil, json.encode(r[1]))
end

for k = 1, 200 do round(k) end
local c0, t0 = os.clock(), clock.time()
for k = 201, 200 + ROUNDS do round(k) end
local c1, t1 = os.clock(), clock.time()
local saves = ROUNDS * B
print(string.format('save_batch: %.2f us CPU a save (%.2f us wall), %d saves a batch, %s, WAL %s',
    (c1 - c0) / saves * 1e6, (t1 - t0) / saves * 1e6, B, POSITIONAL and 'positional' or 'maps',
    os.getenv('WAL') or 'write'))

local taken, acks = 0, {}
c0 = os.clock()
while true do
    local got = wq.ack_take(acks, 'bench', 500, 60, 0, { compact = true, min_age = 0 })
    if #got == 0 then break end
    acks = {}
    for i, e in ipairs(got) do
        acks[i] = { e[1], e[2], e[3] }
        taken = taken + 1
    end
end
wq.ack(acks)
c1 = os.clock()
print(string.format('take+ack: %.2f us CPU an entry, %d entries for %d saves (%.2f us a save)',
    (c1 - c0) / taken * 1e6, taken, saves + 200 * B, (c1 - c0) / (saves + 200 * B) * 1e6))
fio.rmtree(dir)
os.exit(0)
