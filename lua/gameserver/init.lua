-- Wires the gameserver modules together: migrations, users and grants, the
-- public namespaces `gs` and `wq`, background fibers and the admin console.
local log = require('log')
local migrations = require('gameserver.migrations')
local access = require('gameserver.access')
local players = require('gameserver.players')
local mail = require('gameserver.mail')
local wq = require('gameserver.wq')
local background = require('gameserver.background')

local M = {}

-- The public procedures, called over iproto as 'gs.save', 'wq.take', ...
local function namespaces()
    local gs = {
        ping = players.ping, claim = players.claim, restore = players.restore,
        save = players.save, save_batch = players.save_batch, release = players.release,
        worker_gone = players.worker_gone, top = players.top, inbox = players.inbox,
        get = players.get, send = mail.send, poll = mail.poll, presence = players.presence,
        role = players.role, promote = players.promote, demote = players.demote,
        set_quorum = players.set_quorum,
        -- console helpers
        player = players.player, online = players.online, stats = players.stats,
        memory = players.memory, configure = players.configure,
        migrations = migrations.version,
    }
    local q = {
        take = wq.take, ack = wq.ack, ack_take = wq.ack_take, release = wq.release, stats = wq.stats,
        buried = wq.buried, kick = wq.kick, configure = wq.configure, sweep = wq.sweep,
        leases = wq.leases,
    }
    return gs, q
end

-- The spaces whose loss would lose acknowledged progress: in a replica set
-- a save commits only once the synchronous replica has it. The mailbox
-- stays local and temporary (a chat lost on failover is accepted; fencing
-- covers a lost kick).
local SYNC_SPACES = { 'players', 'owners', 'inbox', 'wq', 'gs_sync' }

local function set_sync(on)
    for _, name in ipairs(SYNC_SPACES) do
        local space = box.space[name]
        if space.is_sync ~= on then
            -- 2.6 has no space:alter(): the flags are the 6th field of _space.
            local flags = box.space._space:get(space.id)[6]
            flags.is_sync = on
            box.space._space:update(space.id, { { '=', 6, flags } })
            log.info('gameserver: space %s is_sync = %s', name, tostring(on))
        end
    end
end

-- opts: { users = {worker = {name=, password=}, drainer = {...}, ...}, console = path|nil,
--         sync = bool (a replica set: the progress spaces are synchronous) }
-- A read-only replica gets schema, users and grants from its master; it
-- only sets up its own namespaces, fibers and console.
function M.start(opts)
    opts = opts or {}
    if not box.info.ro then
        local ran = migrations.apply()
        log.info('gameserver: schema version %d (%d migration(s) ran now)', migrations.version(), ran)
        access.ensure(opts.users or {})
        if opts.sync then set_sync(true) end
    else
        log.info('gameserver: read-only replica at schema version %d', migrations.version())
    end
    local gs, q = namespaces()
    rawset(_G, 'gs', gs)
    rawset(_G, 'wq', q)
    mail.start()
    wq.start()
    if opts.console then
        require('gameserver.console').listen(opts.console)
    end
end

function M.stop()
    background.stop_all()
end

return M
