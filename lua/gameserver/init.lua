-- Wires the gameserver modules together: migrations, users and grants, the
-- public namespaces `gs` and `wq`, background fibers and the admin console.
local log = require('log')
local migrations = require('gameserver.migrations')
local access = require('gameserver.access')
local players = require('gameserver.players')
local mail = require('gameserver.mail')
local wq = require('gameserver.wq')
local background = require('gameserver.background')
local replicas = require('gameserver.replicas')

local M = {}

-- The public procedures, called over iproto as 'gs.save', 'wq.take', ...
local function namespaces()
    -- Changes to progress, and the reads that can lead to an acknowledgement,
    -- answer only once the replica confirms them (replicas.lua).
    local confirmed = replicas.confirmed
    local gs = {
        ping = players.ping, claim = confirmed('gs.claim', players.claim),
        restore = confirmed('gs.restore', players.restore),
        save = confirmed('gs.save', players.save),
        save_batch = confirmed('gs.save_batch', players.save_batch),
        release = confirmed('gs.release', players.release),
        worker_gone = confirmed('gs.worker_gone', players.worker_gone),
        top = players.top, inbox = players.inbox,
        get = confirmed('gs.get', players.get), send = mail.send, poll = mail.poll,
        presence = players.presence,
        role = players.role, promote = players.promote, demote = players.demote,
        set_quorum = players.set_quorum,
        -- console helpers
        player = players.player, online = players.online, stats = players.stats,
        memory = players.memory, configure = players.configure,
        migrations = migrations.version,
    }
    local q = {
        -- The drainer copies to MySQL only what the replica holds too.
        take = confirmed('wq.take', wq.take), ack = wq.ack,
        ack_take = confirmed('wq.ack_take', wq.ack_take), release = wq.release, stats = wq.stats,
        buried = wq.buried, kick = wq.kick, configure = wq.configure, sweep = wq.sweep,
        leases = wq.leases,
    }
    return gs, q
end

-- A replica set made by an earlier version used Tarantool's is_sync spaces;
-- 2.6.0 cannot recover them from a snapshot (replicas.lua), so they are
-- turned back into ordinary spaces. The mailbox stays local and temporary
-- (a chat lost on failover is accepted; fencing covers a lost kick).
local LEGACY_SYNC_SPACES = { 'players', 'owners', 'inbox', 'wq' }

local function clear_sync()
    for _, name in ipairs(LEGACY_SYNC_SPACES) do
        local space = box.space[name]
        if space.is_sync then
            -- 2.6 has no space:alter(): the flags are the 6th field of _space.
            local flags = box.space._space:get(space.id)[6]
            flags.is_sync = false
            box.space._space:update(space.id, { { '=', 6, flags } })
            log.info('gameserver: space %s is_sync = false', name)
        end
    end
end

-- opts: { users = {worker = {name=, password=}, drainer = {...}, ...}, console = path|nil,
--         replication = {enabled = bool, quorum = n, timeout = s} (replicas.lua) }
-- A read-only replica gets schema, users and grants from its master; it
-- only sets up its own namespaces, fibers and console.
function M.start(opts)
    opts = opts or {}
    if not box.info.ro then
        local ran = migrations.apply()
        log.info('gameserver: schema version %d (%d migration(s) ran now)', migrations.version(), ran)
        access.ensure(opts.users or {})
        clear_sync()
    else
        log.info('gameserver: read-only replica at schema version %d', migrations.version())
    end
    replicas.configure(opts.replication or {})
    local gs, q = namespaces()
    rawset(_G, 'gs', gs)
    rawset(_G, 'wq', q)
    mail.start()
    wq.start()
    require('gameserver.txlag').start()
    if opts.console then
        require('gameserver.console').listen(opts.console)
    end
end

function M.stop()
    background.stop_all()
end

return M
