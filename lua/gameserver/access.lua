-- Least-privilege users: a worker, a drainer and a master user, each granted a
-- role that may execute only its named procedures (no 'universe' grants, so
-- neither can eval Lua nor touch a space directly). The procedures are
-- setuid: they run with the rights of the admin that created them.
local log = require('log')

local access = {}

-- Which role may call which public procedure. The admin console reaches
-- everything; gs.player, gs.online, wq.buried and wq.kick are console-only.
access.procedures = {
    worker = {
        'gs.ping', 'gs.claim', 'gs.restore', 'gs.save', 'gs.save_batch', 'gs.release',
        'gs.top', 'gs.inbox', 'gs.get', 'gs.send', 'gs.poll', 'gs.stats', 'gs.memory', 'gs.presence',
        'wq.stats', 'gs.role',
    },
    -- The master frees a dead worker's players and reads the stats; a
    -- worker cannot release another worker's players.
    master = {
        'gs.ping', 'gs.worker_gone', 'gs.stats', 'gs.role',
    },
    drainer = {
        'gs.ping', 'wq.take', 'wq.ack', 'wq.ack_take', 'wq.release', 'wq.stats', 'gs.role',
    },
    -- Failover (gameserver failover, docs/scaling.md): which instance is
    -- writable, and making one so. Nothing of the game.
    controller = {
        'gs.ping', 'gs.role', 'gs.promote', 'gs.demote', 'gs.set_quorum',
    },
}

local function role_name(role)
    return 'gs_' .. role .. '_role'
end

-- Creates the functions, roles and users and (re)sets the passwords.
-- users = { worker = {name=, password=}, drainer = {...}, master = {...} }
function access.ensure(users)
    for role, names in pairs(access.procedures) do
        local rname = role_name(role)
        box.schema.role.create(rname, { if_not_exists = true })
        for _, fname in ipairs(names) do
            box.schema.func.create(fname, { setuid = true, if_not_exists = true })
            box.schema.role.grant(rname, 'execute', 'function', fname, { if_not_exists = true })
        end
    end
    local replicator = users.replicator
    if replicator and replicator.name and replicator.password then
        -- Tarantool's own role: a replica joins and follows with it.
        box.schema.user.create(replicator.name, { password = replicator.password, if_not_exists = true })
        box.schema.user.passwd(replicator.name, replicator.password)
        box.schema.user.grant(replicator.name, 'replication', nil, nil, { if_not_exists = true })
    end
    for role, user in pairs(users) do
        assert(role == 'replicator' or access.procedures[role], 'unknown role ' .. tostring(role))
        if role ~= 'replicator' and user.name and user.password then
            box.schema.user.create(user.name, { password = user.password, if_not_exists = true })
            box.schema.user.passwd(user.name, user.password)
            box.schema.user.grant(user.name, 'execute', 'role', role_name(role), { if_not_exists = true })
            log.info('gameserver: user %s has role %s', user.name, role_name(role))
        end
    end
end

return access
