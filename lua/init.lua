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

box.cfg({
    work_dir = work_dir,
    memtx_memory = tonumber(env('GS_MEMTX_MEMORY_MB', '256')) * 1024 * 1024,
    wal_mode = env('GS_WAL_MODE', 'write'),
    log = env('GS_LOG', nil),
    pid_file = env('GS_PID_FILE', nil),
    feedback_enabled = false,
    background = false,
})

require('gameserver').start({
    users = {
        worker = { name = env('GS_WORKER_USER', 'gs_worker'), password = env('GS_WORKER_PASSWORD', nil) },
        drainer = { name = env('GS_DRAINER_USER', 'gs_drainer'), password = env('GS_DRAINER_PASSWORD', nil) },
        master = { name = env('GS_MASTER_USER', 'gs_master'), password = env('GS_MASTER_PASSWORD', nil) },
    },
    console = env('GS_CONSOLE', nil),
})

local listen = env('GS_LISTEN', '127.0.0.1:3301')
box.cfg({ listen = listen })
log.info('gameserver: ready, listening on %s', listen)
