-- Players and ownership: claim, save (with fencing), restore, release.
--
-- A claim raises the player's epoch; every save carries the epoch it was
-- claimed with and is refused when that is no longer the current one, so at
-- most one session changes a player at a time, across workers and hosts.
-- A save is one transaction with no yield: the player row, the write-queue
-- entries, the recipients' inbox rows and the deletion of the inbox rows it
-- applied commit together or not at all.
local replicas = require('gameserver.replicas')
local clock = require('clock')
local fiber = require('fiber')
local txlag = require('gameserver.txlag')
local json = require('json')
local const = require('gameserver.const')
local check = require('gameserver.check')
local wq = require('gameserver.wq')
local tuples = require('gameserver.tuples')
local mail = require('gameserver.mail')

local M = {}
local cfg = {
    memory_alarm_ratio = const.DEFAULTS.memory_alarm_ratio,
}
local counters = { claims = 0, saves = 0, fenced = 0, conflicts = 0, batches = 0 }

local function owners() return box.space.owners end
local function players() return box.space.players end
local function inbox() return box.space.inbox end

local function player_map(t)
    return t and t:tomap({ names_only = true }) or nil
end

local function inbox_rows(player_id, limit)
    local out = {}
    for _, t in inbox().index.player:pairs({ player_id }, { iterator = 'EQ' }) do
        if #out >= limit then break end
        table.insert(out, { id = t.id, from_id = t.from_id, kind = t.kind, payload = t.payload, created = t.created })
    end
    return out
end

function M.ping()
    return { ok = true, time = clock.time() }
end

-- gs.claim(player_id, worker) -> {epoch, previous, player, inbox}
function M.claim(player_id, worker)
    player_id = check.id(player_id)
    if player_id == nil then return check.bad('player_id must be an integer 1..2^53-1') end
    worker = check.name(worker)
    if worker == nil then return check.bad('worker must be a non-empty string') end
    local o = owners():get(player_id)
    local epoch = (o and o.epoch or 0) + 1
    local previous = (o and o.worker ~= '') and o.worker or nil
    owners():replace({ player_id, epoch, worker, clock.time() })
    counters.claims = counters.claims + 1
    if previous ~= nil then
        -- The old session (on any worker, maybe this one) closes when it sees
        -- a kick with an epoch newer than its own.
        mail.put(previous, player_id, 'kick', json.encode({ epoch = epoch, by = worker }))
    end
    return {
        epoch = epoch,
        previous = previous,
        player = player_map(players():get(player_id)),
        inbox = inbox_rows(player_id, const.LIMITS.max_acks),
    }
end

-- Fencing: nil, FENCED unless `epoch` holds the player now. The owner is
-- read in place (tuples.lua): no tuple object, as on every save.
local function current_owner(player_id, epoch)
    local o = tuples.get(owners().id, { player_id })
    local current = o ~= nil and tuples.field(o, 2) or nil
    if current == nil or current ~= epoch or tuples.field(o, 3) == '' then
        return nil, { code = const.E.FENCED,
            message = string.format('player %d: epoch %s is not current (current %s)', player_id,
                tostring(epoch), tostring(current or 'none')) }
    end
    return true
end

-- The player row's fields; `state` is the stored farm (JSON text, opaque here).
-- Returns xp and last_seen as numbers (last_seen 0 when nil or box.NULL), or nil, err.
local function check_row_fields(name, xp, last_seen, state)
    if check.str(name, 256) == nil then return check.bad('row.name must be a string of at most 256 bytes') end
    xp = check.count(xp)
    if xp == nil then return check.bad('row.xp must be an integer >= 0') end
    if last_seen == nil then last_seen = 0 end
    last_seen = check.number(last_seen, 0, 1e15)
    if last_seen == nil then return check.bad('row.last_seen must be a number') end
    if check.str(state, 1048576) == nil then return check.bad('row.state must be a string of at most 1 MiB') end
    return xp, last_seen
end

-- coins and level, the analytics columns the drainer copies to MySQL: both
-- or neither (nil or box.NULL; the drainer then reads them from the state).
-- Returns true, coins, level (nils for neither) or nil, err.
local function check_columns(coins, level)
    if coins == nil and level == nil then return true end
    coins, level = check.count(coins), check.count(level)
    if coins == nil or level == nil then
        return check.bad('coins and level must be whole numbers >= 0, both or neither')
    end
    return true, coins, level
end

local function check_row(row)
    if type(row) ~= 'table' then return check.bad('row must be a map') end
    local xp, last_seen = check_row_fields(row.name, row.xp, row.last_seen, row.state)
    if xp == nil then return nil, last_seen end
    local ok, coins, level = check_columns(row.coins, row.level)
    if not ok then return nil, coins end
    return { name = row.name, xp = xp, last_seen = last_seen, state = row.state, coins = coins, level = level }
end

-- gs.restore(player_id, epoch, version, row) -> {version} | nil, EXISTS
-- Puts a player loaded from MySQL into Tarantool (not queued: MySQL has it).
function M.restore(player_id, epoch, version, row)
    player_id = check.id(player_id)
    if player_id == nil then return check.bad('player_id must be an integer 1..2^53-1') end
    version = check.count(version)
    if version == nil then return check.bad('version must be an integer >= 0') end
    local _, ferr = current_owner(player_id, epoch)
    if ferr then return nil, ferr end
    local s, serr = check_row(row)
    if s == nil then return nil, serr end
    local stored = players():get(player_id)
    if stored ~= nil then
        return nil, { code = const.E.EXISTS, message = 'player is already stored', player = player_map(stored) }
    end
    players():insert({ player_id, version, s.name, s.xp, s.last_seen, s.state, s.coins, s.level })
    return { version = version }
end

-- A save as a map: {player_id=, epoch=, version=, row={name=, xp=, last_seen=,
-- state=, coins=, level=}, events={{type=, payload=}, ...}, gifts=, inbox_acks=}. Returns
-- its fields in the positional order (events flattened), or nil, err.
local function fields_of_map(raw)
    local row = raw.row
    if type(row) ~= 'table' then return check.bad('row must be a map') end
    local events = check.list(raw.events, const.LIMITS.max_events)
    if events == nil then return check.bad('events must be a list of at most ' .. const.LIMITS.max_events) end
    local flat = {}
    for _, e in ipairs(events) do
        if type(e) ~= 'table' then return check.bad('each event must be a map {type=, payload=}') end
        flat[#flat + 1] = e.type
        flat[#flat + 1] = e.payload or ''
    end
    return { raw.player_id, raw.epoch, raw.version, row.name, row.xp, row.last_seen, row.state, flat,
        raw.gifts, raw.inbox_acks, row.coins, row.level }
end

local function check_events(flat)
    if flat == nil then return {} end
    if type(flat) ~= 'table' or #flat > 2 * const.LIMITS.max_events or #flat % 2 ~= 0 then
        return check.bad('events must be a list of at most ' .. const.LIMITS.max_events .. ' type, payload pairs')
    end
    for i = 1, #flat, 2 do
        if check.name(flat[i]) == nil or check.str(flat[i + 1], 65536) == nil then
            return check.bad('each event needs a type (string) and a payload (string <= 64 KiB)')
        end
    end
    return flat
end

local function check_gifts_acks(player_id, gifts, acks)
    if type(gifts) ~= 'table' or #gifts > const.LIMITS.max_gifts then
        return check.bad('gifts must be a list of at most ' .. const.LIMITS.max_gifts)
    end
    for _, g in ipairs(gifts) do
        if type(g) ~= 'table' or check.id(g.to) == nil or check.name(g.kind) == nil
            or check.str(g.payload or '', 65536) == nil then
            return check.bad('each gift needs to (player id), kind (string) and payload (string)')
        end
        if check.id(g.to) == player_id then return check.bad('a gift cannot go to its sender') end
    end
    if type(acks) ~= 'table' or #acks > const.LIMITS.max_acks then
        return check.bad('inbox_acks must be a list of at most ' .. const.LIMITS.max_acks)
    end
    for _, id in ipairs(acks) do
        local item = check.id(id) and inbox():get(check.id(id))
        if not item or item.player_id ~= player_id then
            -- Already applied (or never this player's): applying it again
            -- would credit a gift twice.
            return nil, { code = const.E.INBOX_GONE,
                message = string.format('inbox item %s is not pending for player %d', tostring(id), player_id) }
        end
    end
    return true
end

local NONE = setmetatable({}, { __newindex = function() error('NONE is read-only') end })

-- Checks one save without writing; the save is positional: {player_id,
-- epoch, version, name, xp, last_seen, state, events, gifts, inbox_acks,
-- coins, level} with events flat ({type, payload, type, payload, ...}),
-- gifts and inbox_acks nil when there are none, coins and level nil when
-- not sent (an older worker). Returns it checked (the same table, missing
-- lists filled in) or nil, err.
local function check_save(f)
    if type(f) ~= 'table' then return check.bad('a save must be an array or a map') end
    local player_id = check.id(f[1])
    if player_id == nil then return check.bad('player_id must be an integer 1..2^53-1') end
    local epoch = check.id(f[2])
    if epoch == nil then return check.bad('epoch must be an integer >= 1') end
    local version = check.id(f[3])
    if version == nil then return check.bad('version must be an integer >= 1') end
    local _, ferr = current_owner(player_id, epoch)
    if ferr then
        counters.fenced = counters.fenced + 1
        return nil, ferr
    end
    local stored = tuples.get(players().id, { player_id })
    local stored_version = stored ~= nil and tuples.field(stored, 2) or 0
    if version ~= stored_version + 1 then
        counters.conflicts = counters.conflicts + 1
        return nil, { code = const.E.VERSION_CONFLICT, stored_version = stored_version,
            message = string.format('player %d: version %d is not %d + 1', player_id, version, stored_version) }
    end
    local xp, last_seen = check_row_fields(f[4], f[5], f[6], f[7])
    if xp == nil then return nil, last_seen end
    local events, eerr = check_events(f[8])
    if events == nil then return nil, eerr end
    -- nil or box.NULL (msgpack nil) when there are none: `or` would keep box.NULL.
    local gifts, acks = f[9], f[10]
    if gifts == nil then gifts = NONE end
    if acks == nil then acks = NONE end
    local gok, gerr = check_gifts_acks(player_id, gifts, acks)
    if not gok then return nil, gerr end
    local cok, coins, level = check_columns(f[11], f[12])
    if not cok then return nil, coins end
    f[1], f[3], f[5], f[6], f[8], f[9], f[10] = player_id, version, xp, last_seen, events, gifts, acks
    f[11], f[12] = coins, level
    return f
end

-- Writes one checked save; its events join the batch's event group
-- (written by the caller). Runs inside the caller's transaction: no yield.
local function apply_save(f, now, notices, events)
    local player_id, version = f[1], f[3]
    tuples.replace(players().id, { player_id, version, f[4], f[5], f[6], f[7], f[11], f[12] })
    wq.put_player(player_id, version, now)
    local flat = f[8]
    for i = 1, #flat, 2 do
        events[#events + 1] = { player_id, flat[i], flat[i + 1] }
    end
    for _, g in ipairs(f[9]) do
        local id = box.sequence.inbox_id:next()
        local to = check.id(g.to)
        inbox():insert({ id, to, player_id, g.kind, g.payload or '', now })
        table.insert(notices, { to = to, id = id, from_id = player_id, kind = g.kind })
    end
    for _, id in ipairs(f[10]) do
        inbox():delete(check.id(id))
    end
    counters.saves = counters.saves + 1
end

-- Tells the recipients' workers, after the commit, that inbox items (gifts,
-- friendship messages) are waiting.
local function notify(notices)
    for _, n in ipairs(notices) do
        mail.send(n.to, 'inbox', json.encode({ inbox_id = n.id, from_id = n.from_id, kind = n.kind }))
    end
    wq.notify()
end

-- gs.save_batch(saves) -> {version | {error={code=, message=}}, ...} for
-- positional saves (see check_save), {{version=} | {error=}, ...} for saves
-- as maps. Many players' saves in one call and one WAL write. Each save is
-- checked against the state the earlier saves of the batch left, so two
-- saves of one player in one batch behave as two calls would. Workers send
-- positional saves: fewer tables to decode and collect for each save.
function M.save_batch(saves)
    saves = check.list(saves, const.LIMITS.max_batch)
    if saves == nil then return check.bad('saves must be a list of at most ' .. const.LIMITS.max_batch) end
    local results, notices, events = {}, {}, {}
    local now = clock.time()
    box.begin()
    local ok, err = pcall(function()
        for i, raw in ipairs(saves) do
            local as_map = type(raw) == 'table' and raw[1] == nil
            local f, serr = raw, nil
            if as_map then f, serr = fields_of_map(raw) end
            if f ~= nil then f, serr = check_save(f) end
            if f == nil then
                results[i] = { error = serr }
            else
                apply_save(f, now, notices, events)
                results[i] = as_map and { version = f[3] } or f[3]
            end
        end
        wq.put_events(events, now)
    end)
    if not ok then
        box.rollback()
        error(err)
    end
    local c0 = fiber.clock()
    box.commit()
    txlag.commit(fiber.clock() - c0)
    counters.batches = counters.batches + 1
    notify(notices)
    return results
end

-- gs.save(player_id, epoch, version, row, events, gifts, inbox_acks) -> {version} | nil, err
function M.save(player_id, epoch, version, row, events, gifts, inbox_acks)
    local r = M.save_batch({ {
        player_id = player_id, epoch = epoch, version = version, row = row,
        events = events, gifts = gifts, inbox_acks = inbox_acks,
    } })
    if r[1].error then return nil, r[1].error end
    return r[1]
end

-- gs.release(player_id, epoch) -> true when this epoch still held the player
function M.release(player_id, epoch)
    player_id = check.id(player_id)
    if player_id == nil then return check.bad('player_id must be an integer 1..2^53-1') end
    local o = owners():get(player_id)
    if o == nil or o.epoch ~= epoch or o.worker == '' then return false end
    owners():update(player_id, { { '=', 'worker', '' }, { '=', 'since', clock.time() } })
    return true
end

-- gs.worker_gone(worker) -> how many players it held
function M.worker_gone(worker)
    worker = check.name(worker)
    if worker == nil then return check.bad('worker must be a non-empty string') end
    local rows = owners().index.worker:select({ worker })
    local now = clock.time()
    box.begin()
    for _, t in ipairs(rows) do
        owners():update(t.player_id, { { '=', 'worker', '' }, { '=', 'since', now } })
    end
    box.commit()
    mail.forget(worker)
    return #rows
end

-- gs.top(n) -> {{id, name, xp}, ...} by xp, highest first (the xp index).
function M.top(n)
    n = check.number(n or 10, 1, const.LIMITS.max_top)
    if n == nil then return check.bad('n must be 1..' .. const.LIMITS.max_top) end
    local out = {}
    for _, t in players().index.xp:pairs(nil, { iterator = 'REQ' }) do
        if #out >= n then break end
        table.insert(out, { id = t.id, name = t.name, xp = t.xp })
    end
    return out
end

-- gs.inbox(player_id) -> pending inbox items
function M.inbox(player_id)
    player_id = check.id(player_id)
    if player_id == nil then return check.bad('player_id must be an integer 1..2^53-1') end
    return inbox_rows(player_id, const.LIMITS.max_acks)
end

-- gs.get(player_id) -> the stored player or nil (read-only: visits, checks)
function M.get(player_id)
    player_id = check.id(player_id)
    if player_id == nil then return check.bad('player_id must be an integer 1..2^53-1') end
    return player_map(players():get(player_id))
end

-- A player row's farm (the JSON text the workers write), decoded; nil for no
-- row or a text that is not a JSON object.
local function stored_farm(t)
    if t == nil then return nil end
    local ok, farm = pcall(json.decode, t.state)
    if not ok or type(farm) ~= 'table' then return nil end
    return farm
end

-- The stored farm's friendship fields (the farm is JSON the workers write;
-- one stored before friendship was mutual has only a one-sided list).
local function social(t)
    local farm = stored_farm(t)
    if farm == nil then return nil end
    local function ids(list)
        local out = {}
        for _, r in ipairs(type(list) == 'table' and list or {}) do
            table.insert(out, type(r) == 'table' and r.id or r)
        end
        return out
    end
    if farm.outgoing == nil then
        return { legacy_friends = ids(farm.friends) }
    end
    return { friends = ids(farm.friends), incoming = ids(farm.incoming),
        outgoing = ids(farm.outgoing), blocked = ids(farm.blocked) }
end

-- The friend list of a stored farm in the mutual format, as a set; nil for
-- none or a farm from before friendship was mutual.
local function friend_set(t)
    local farm = stored_farm(t)
    if farm == nil or farm.outgoing == nil or type(farm.friends) ~= 'table' then return nil end
    local set = {}
    for _, f in ipairs(farm.friends) do set[f] = true end
    return set
end

-- gs.presence(player_id, friends) -> the ids among `friends` that are online
-- and are mutual friends: each stored row lists the other. A one-sided
-- entry, on either side, never reveals anyone.
function M.presence(player_id, friends)
    player_id = check.id(player_id)
    if player_id == nil then return check.bad('player_id must be an integer 1..2^53-1') end
    friends = check.list(friends, const.LIMITS.max_presence)
    if friends == nil then return check.bad('friends must be a list of at most ' .. const.LIMITS.max_presence) end
    local mine = friend_set(players():get(player_id)) or {}
    local out = {}
    for _, raw in ipairs(friends) do
        local id = check.id(raw)
        if id == nil then return check.bad('friends must be player ids') end
        local o = owners():get(id)
        if mine[id] and o ~= nil and o.worker ~= '' then
            local theirs = friend_set(players():get(id))
            if theirs and theirs[player_id] then table.insert(out, id) end
        end
    end
    return out
end

-- Admin console: everything known about one player.
function M.player(player_id)
    player_id = check.id(player_id)
    if player_id == nil then return check.bad('player_id must be an integer 1..2^53-1') end
    local o = owners():get(player_id)
    local q = box.space.wq:get({ const.KIND_PLAYER, player_id })
    local t = players():get(player_id)
    return {
        player = player_map(t),
        social = social(t),
        owner = o and o:tomap({ names_only = true }) or nil,
        inbox = inbox_rows(player_id, 100),
        queued = q and {
            -- The drainer writes the player's version when it takes the entry.
            version = t and t.version or 0, queued_at_version = q.version,
            status = q.status, attempts = q.attempts, last_error = q.last_error,
            leased = wq.leased(const.KIND_PLAYER, player_id),
        } or nil,
    }
end

-- The other instances as this one sees them: `upstream` is the status of
-- the replication from them ('follow' while a replica keeps up), `downstream`
-- the status of their replication from us.
local function peers()
    local out = {}
    for _, r in pairs(box.info.replication) do
        if r.id ~= box.info.id then
            table.insert(out, {
                id = r.id,
                uuid = r.uuid,
                upstream = r.upstream and r.upstream.status or nil,
                downstream = r.downstream and r.downstream.status or nil,
            })
        end
    end
    return out
end

-- gs.role() -> whether this instance takes writes, and where it stands:
-- clients follow the writable one (tarantool.hosts), failover reads the LSN,
-- the store controller reads the peers and the quorum.
function M.role()
    local vclock_sum = 0
    for _, v in pairs(box.info.vclock) do vclock_sum = vclock_sum + v end
    return {
        ro = box.info.ro,
        status = box.info.status,
        id = box.info.id,
        uuid = box.info.uuid,
        lsn = box.info.lsn,
        vclock_sum = vclock_sum,
        quorum = replicas.quorum(),
        replica_set = replicas.enabled(),
        peers = peers(),
    }
end

-- gs.promote(quorum) -> role: make this instance the writable one. The old
-- master must be dead or demoted (the store controller, gameserver
-- failover). It stops replicating from the old master first, so that no
-- late row of the old master arrives here.
function M.promote(quorum)
    quorum = check.number(quorum or 1, 1, 32)
    if quorum == nil then return check.bad('quorum must be 1..32') end
    box.cfg({ replication = {} })
    replicas.set_quorum(quorum)
    box.cfg({ read_only = false })
    return M.role()
end

-- gs.demote() -> role: read-only from now on (self-fencing).
function M.demote()
    box.cfg({ read_only = true })
    return M.role()
end

-- gs.set_quorum(n) -> {quorum, barrier}: the store controller raises the
-- quorum to 2 when a replica follows and lowers it to 1 (degraded) when the
-- replica is gone; lowering releases every change waiting for the replica.
-- After a raise, barrier = true once the replica holds everything written
-- here so far, so that it may be promoted without loss.
function M.set_quorum(n)
    n = check.number(n, 1, 32)
    if n == nil then return check.bad('quorum must be 1..32') end
    replicas.set_quorum(n)
    local barrier = n >= 2 and not box.info.ro and replicas.wait(box.info.lsn)
    return { quorum = n, barrier = barrier }
end

-- Admin console: how many players are online.
function M.online()
    return owners():len() - owners().index.worker:count({ '' })
end

function M.memory()
    local slab = box.slab.info()
    local ratio = slab.quota_size > 0 and slab.arena_used / slab.quota_size or 0
    return { arena_used = slab.arena_used, quota_size = slab.quota_size, ratio = ratio,
        alarm = ratio >= cfg.memory_alarm_ratio }
end

-- gs.stats() -> counts and counters for the master's `stats` and operators.
function M.stats()
    local mem = M.memory()
    local out = {
        players = players():len(),
        online = M.online(),
        inbox = inbox():len(),
        memory_used = mem.arena_used,
        memory_quota = mem.quota_size,
        memory_ratio = mem.ratio,
        memory_alarm = mem.alarm,
        -- A replica set running on one instance (quorum 1): acknowledged
        -- saves live on one host only until a replica joins again.
        sync_quorum = replicas.quorum(),
        degraded = replicas.degraded(),
        mail = mail.stats(),
        queue = wq.stats(),
        txlag = txlag.read(),
    }
    for k, v in pairs(counters) do out[k] = v end
    return out
end

function M.configure(opts)
    for k, v in pairs(opts or {}) do
        if cfg[k] == nil then error('gs.configure: unknown option ' .. tostring(k)) end
        cfg[k] = v
    end
end

return M
