-- Shared set-up for the Lua tests: a real Tarantool in the temporary folder
-- the runner (scripts/lua-test) made, with the gameserver modules started.
local fio = require('fio')

local here = fio.dirname(fio.abspath(debug.getinfo(1, 'S').source:sub(2)))
local lua_dir = fio.abspath(here .. '/../../lua')
package.path = lua_dir .. '/?.lua;' .. lua_dir .. '/?/init.lua;' .. package.path

local helper = {}

function helper.start()
    local dir = os.getenv('GS_TEST_DIR')
    assert(dir and fio.path.is_dir(dir), 'GS_TEST_DIR must name an existing folder')
    box.cfg({
        work_dir = dir, memtx_memory = 64 * 1024 * 1024, log = dir .. '/tarantool.log', feedback_enabled = false,
    })
    require('gameserver').start({
        users = {
            worker = { name = 'gs_worker', password = 'test-worker' },
            drainer = { name = 'gs_drainer', password = 'test-drainer' },
        },
    })
    return require('gameserver')
end

-- A minimal valid player row for gs.save (state: the stored farm, JSON text).
function helper.row(name, xp, state)
    return { name = name or 'p', xp = xp or 0, last_seen = 0, state = state or '{}' }
end

-- Claims a player for a worker and returns the epoch.
function helper.claim(player_id, worker)
    return gs.claim(player_id, worker or 'w1').epoch
end

function helper.finish(test)
    local ok = test:check()
    os.exit(ok and 0 or 1)
end

return helper
