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

-- opts: { users = {worker = {name=, password=}, drainer = {...}}, console = path|nil }
function M.start(opts)
    opts = opts or {}
    local ran = migrations.apply()
    log.info('gameserver: schema version %d (%d migration(s) ran now)', migrations.version(), ran)
    local gs, q = namespaces()
    rawset(_G, 'gs', gs)
    rawset(_G, 'wq', q)
    access.ensure(opts.users or {})
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
