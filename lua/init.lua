#!/usr/bin/env tarantool
-- Entry of the gameserver's Tarantool. scripts/stack and the test helpers
-- set the GS_* environment; box.cfg listens only after the migrations, the
-- users and the procedures are in place, so "the port answers" means ready.
local fio = require('fio')
local log = require('log')

local here = fio.dirname(fio.abspath(debug.getinfo(1, 'S').source:sub(2)))
package.path = here .. '/?.lua;' .. here .. '/?/init.lua;' .. package.path

local function env(name, default)
    local v = os.getenv(name)
    if v == nil or v == '' then return default end
    return v
end

local work_dir = env('GS_WORK_DIR', fio.abspath(here .. '/../var/tarantool'))
if not fio.path.is_dir(work_dir) then
    assert(fio.mktree(work_dir), 'cannot create ' .. work_dir)
end

-- A replica set (docs/scaling.md): GS_REPLICATION lists the URIs to
-- replicate from (user:password@host:port, comma-separated); GS_READ_ONLY
-- starts this instance as the read-only replica; GS_SYNC_QUORUM is how many
-- instances must hold a change before it is acknowledged (2: a master and
-- one replica); GS_SYNC_TIMEOUT how long a change waits for that (seconds).
local function list(text)
    if text == nil then return nil end
    local out = {}
    for item in text:gmatch('[^,]+') do table.insert(out, item) end
    return out
end
local replication = list(env('GS_REPLICATION', nil))
local read_only = env('GS_READ_ONLY', 'false') == 'true'
local quorum = tonumber(env('GS_SYNC_QUORUM', '1'))

box.cfg({
    work_dir = work_dir,
    memtx_memory = tonumber(env('GS_MEMTX_MEMORY_MB', '256')) * 1024 * 1024,
    wal_mode = env('GS_WAL_MODE', 'write'),
    log = env('GS_LOG', nil),
    pid_file = env('GS_PID_FILE', nil),
    feedback_enabled = false,
    background = false,
    replication = replication,
    read_only = read_only,
})

require('gameserver').start({
    users = {
        worker = { name = env('GS_WORKER_USER', 'gs_worker'), password = env('GS_WORKER_PASSWORD', nil) },
        drainer = { name = env('GS_DRAINER_USER', 'gs_drainer'), password = env('GS_DRAINER_PASSWORD', nil) },
        master = { name = env('GS_MASTER_USER', 'gs_master'), password = env('GS_MASTER_PASSWORD', nil) },
        controller = { name = env('GS_CONTROLLER_USER', 'gs_controller'),
            password = env('GS_CONTROLLER_PASSWORD', nil) },
        replicator = { name = env('GS_REPLICATOR_USER', 'gs_replicator'),
            password = env('GS_REPLICATOR_PASSWORD', nil) },
    },
    console = env('GS_CONSOLE', nil),
    -- Semi-synchronous replication (gameserver/replicas.lua). GS_REPLICA_SET:
    -- the store controller starts a master alone (quorum 1) that will get a
    -- replica.
    replication = {
        enabled = quorum > 1 or replication ~= nil or env('GS_REPLICA_SET', 'false') == 'true',
        quorum = quorum,
        timeout = tonumber(env('GS_SYNC_TIMEOUT', '5')),
    },
})

local listen = env('GS_LISTEN', '127.0.0.1:3301')
box.cfg({ listen = listen })
log.info('gameserver: ready, listening on %s', listen)
