-- The write-behind queue between Tarantool and MySQL.
--
-- Player entries are keyed by player id and say "write this player": a
-- newer save of a player already queued adds nothing (coalescing), so MySQL
-- writes grow with active players, not commands. Event entries hold the
-- events of one gs.save_batch (an event group) under consecutive sequence
-- ids, written once each. Delivery is at least once: take leases a batch
-- (a player entry with the player's version at that moment), ack deletes
-- a player entry only if the player's version is still the one taken, an
-- expired lease or a release returns the entry, and repeated failures bury
-- it for an operator (wq.buried, wq.kick).
--
-- Leases live in memory, not in the space: a lease only matters while its
-- consumer is connected, and after a Tarantool restart every consumer is
-- gone, so every leased entry is rightly ready again. Keeping them out of
-- the space makes take read-only (no tuple updates, no WAL write); only
-- ack (delete), counted failures and burial write.
local fiber = require('fiber')
local clock = require('clock')
local log = require('log')
local const = require('gameserver.const')
local check = require('gameserver.check')
local background = require('gameserver.background')
local tuples = require('gameserver.tuples')

local READY, BURIED = const.READY, const.BURIED
local KIND_PLAYER, KIND_EVENT = const.KIND_PLAYER, const.KIND_EVENT

local M = {}
local cfg = {
    max_attempts = const.DEFAULTS.max_attempts,
    sweep_interval = const.DEFAULTS.sweep_interval,
}
local counters = { put = 0, take = 0, ack = 0, release = 0, bury = 0, expire = 0, kick = 0 }
local ready_cond = fiber.cond()
local started = false

-- leases[kind][key] = { owner = consumer, expires = time, version = taken version,
--                       saved = true once the player was saved since the take }
local leases = { [KIND_PLAYER] = {}, [KIND_EVENT] = {} }
local lease_count = 0

local function space() return box.space.wq end

local function lease_of(kind, key)
    local by_kind = leases[kind]
    return by_kind and by_kind[key]
end

local function drop_lease(kind, key)
    local by_kind = leases[kind]
    if by_kind and by_kind[key] then
        by_kind[key] = nil
        lease_count = lease_count - 1
    end
end

-- Called inside gs.save's transaction: must not yield.
-- A player entry says "write this player"; the version to write is the
-- player row's at take time, so a save whose player is already queued
-- writes nothing here (coalescing costs no tuple update and no WAL row).
function M.put_player(player_id, version, now)
    -- A leased entry now stands for an older version: its ack must keep it.
    local l = leases[KIND_PLAYER][player_id]
    if l ~= nil then l.saved = true end
    local q = space()
    local t = tuples.get(q.id, { KIND_PLAYER, player_id })
    if t == nil then
        q:insert({ KIND_PLAYER, player_id, version, READY, 0, now, '', {} })
    elseif tuples.field(t, 4) == BURIED then
        -- A newer save may be what fixes a poison entry: give it a fresh start.
        q:update({ KIND_PLAYER, player_id }, {
            { '=', 'version', version }, { '=', 'status', READY }, { '=', 'attempts', 0 },
            { '=', 'ready_since', now },
        })
    end
    counters.put = counters.put + 1
end

-- The version a player entry stands for now: the stored player's (0 when
-- the player row is gone).
local function player_version(key)
    local p = box.space.players:get(key)
    return p and p.version or 0
end

-- Called inside gs.save_batch's transaction: must not yield.
-- events: a list of {player_id, type, payload}. One entry holds them all
-- (an event group): one tuple to insert, take and delete for a whole batch
-- of saves instead of one per event. Event i of the group has the id
-- key + i - 1; the sequence is moved past the last, so ids stay unique and
-- MySQL still inserts each event once under its own id.
function M.put_events(events, now)
    local n = #events
    if n == 0 then return nil end
    local seq = box.sequence.wq_event_id
    local first = seq:next()
    if n > 1 then seq:set(first + n - 1) end
    local body = {}
    for i, e in ipairs(events) do body[i] = { e[1], e[2], e[3], now } end
    space():insert({ KIND_EVENT, first, 0, READY, 0, now, '', body })
    counters.put = counters.put + n
    return first
end

-- The events of an event entry's body, each {player_id, type, payload,
-- time}. An entry queued before event groups holds one event as its body.
local function group_of(body)
    if type(body[1]) == 'table' then return body end
    return { body }
end

-- Wakes consumers blocked in take; called after a commit.
function M.notify()
    ready_cond:broadcast()
end

-- Queue entry fields, by position (see the wq space's format).
local F_KIND, F_KEY, F_ATTEMPTS, F_READY_SINCE, F_BODY = 1, 2, 5, 6, 8

-- The entry builders below take an entry's kind, key and attempts, and the
-- entry's tuple as an address (gameserver.tuples): read at once, never kept.
-- Each returns the entry, the rows it holds, and the version it stands for.

local function entry(kind, key, attempts, t)
    if kind == KIND_PLAYER then
        local p = box.space.players:get(key)
        local version = p and p.version or 0
        return {
            kind = KIND_PLAYER, key = key, version = version, attempts = attempts,
            player = p and p:tomap({ names_only = true }) or nil,
        }, 1, version
    end
    local events = {}
    for i, e in ipairs(group_of(tuples.field(t, F_BODY))) do
        events[i] = { id = key + i - 1, player_id = e[1], type = e[2], payload = e[3], time = e[4] }
    end
    return { kind = KIND_EVENT, key = key, version = 0, attempts = attempts, events = events }, #events, 0
end

-- The same entry as a flat array, for consumers that take thousands a
-- second (cheaper to build here and to decode there):
-- player: {'p', key, version, attempts, id, version, name, xp, last_seen, state} (no player: 4 fields, version 0)
-- event:  {'e', key, 0, attempts, {{player_id, type, payload, time}, ...}} (ids key, key + 1, ...)
local function compact_entry(kind, key, attempts, t)
    if kind == KIND_PLAYER then
        local p = box.space.players:get(key)
        if p == nil then return { KIND_PLAYER, key, 0, attempts }, 1, 0 end
        return { KIND_PLAYER, key, p.version, attempts, p.id, p.version, p.name, p.xp, p.last_seen, p.state },
            1, p.version
    end
    local group = group_of(tuples.field(t, F_BODY))
    return { KIND_EVENT, key, 0, attempts, group }, #group, 0
end

-- opts.compact = 2: a player entry carries the player tuple as it is stored,
-- {'p', key, version, attempts, {id, version, name, xp, last_seen, state[,
-- coins, level]}}: the tuple goes out as its own msgpack, so the state is
-- never copied into a Lua string. Events as in compact_entry.
local function tuple_entry(kind, key, attempts, t)
    if kind == KIND_PLAYER then
        local p = box.space.players:get(key)
        if p == nil then return { KIND_PLAYER, key, 0, attempts }, 1, 0 end
        local version = p[2]
        return { KIND_PLAYER, key, version, attempts, p }, 1, version
    end
    return compact_entry(kind, key, attempts, t)
end

-- Leases ready entries for one take, oldest first, until they hold max
-- rows (the first entry is always taken). The ready entries are read by
-- address (gameserver.tuples.scan), so those that other consumers hold,
-- which each take passes over, cost no Lua tuple object. Returns the
-- entries and, when it stopped at one too young, that one's ready_since.
local function lease_ready(consumer, max, lease, min_age, make, now)
    local out, taken, young = {}, 0, nil
    -- No yield here: nobody else can lease the same entries.
    tuples.scan(space().id, space().index.status.id, box.index.EQ, { READY }, function(t)
        local ready_since = tuples.field(t, F_READY_SINCE)
        if ready_since > now - min_age then
            young = ready_since
            return true
        end
        local kind, key = tuples.field(t, F_KIND), tuples.field(t, F_KEY)
        if lease_of(kind, key) ~= nil then return false end
        local e, rows, version = make(kind, key, tuples.field(t, F_ATTEMPTS), t)
        leases[kind][key] = { owner = consumer, expires = now + lease, version = version }
        lease_count = lease_count + 1
        out[#out + 1] = e
        taken = taken + rows
        return taken >= max
    end)
    return out, young
end

-- wq.take(consumer, max, lease_seconds, timeout_seconds, opts) -> entries
-- Leases ready entries, oldest first, until they hold max rows (a player
-- entry is one row, an event group one per event; the first entry is always
-- taken); waits up to timeout for one.
-- opts.min_age (seconds): only entries ready for at least that long, so that
-- repeated saves of a player coalesce into one write (write-behind delay).
-- opts.compact: entries as flat arrays (true: see compact_entry; 2: see tuple_entry).
function M.take(consumer, max, lease, timeout, opts)
    consumer = check.name(consumer)
    if consumer == nil then return check.bad('consumer must be a non-empty string') end
    max = check.number(max, 1, const.LIMITS.max_take)
    if max == nil then return check.bad('max must be 1..' .. const.LIMITS.max_take) end
    lease = check.number(lease, 0.001, 86400)
    if lease == nil then return check.bad('lease must be 0.001..86400 seconds') end
    timeout = check.number(timeout or 0, 0, const.LIMITS.max_take_timeout)
    if timeout == nil then
        return check.bad('timeout must be 0..' .. const.LIMITS.max_take_timeout .. ' seconds')
    end
    opts = type(opts) == 'table' and opts or {}
    local min_age = check.number(opts.min_age or 0, 0, 60)
    if min_age == nil then return check.bad('opts.min_age must be 0..60 seconds') end
    local make = opts.compact == 2 and tuple_entry or opts.compact and compact_entry or entry
    local deadline = fiber.clock() + timeout
    while true do
        local now = clock.time()
        local out, young = lease_ready(consumer, max, lease, min_age, make, now)
        if #out > 0 then
            counters.take = counters.take + #out
            return out
        end
        local left = deadline - fiber.clock()
        if left <= 0 then return {} end
        -- Entries too young to take: wake when the oldest comes of age.
        if young ~= nil then left = math.min(left, young + min_age - now + 0.001) end
        ready_cond:wait(left)
    end
end

-- Calls fn(tuple, version) for each {kind, key, version} ref (maps or arrays).
local function each_ref(entries, fn)
    for _, e in ipairs(entries) do
        local kind, key = e.kind or e[1], e.key or e[2]
        local t = (kind == KIND_PLAYER or kind == KIND_EVENT) and check.id(key) and space():get({ kind, key })
        if t then
            fn(t, check.count(e.version or e[3]) or 0)
        elseif kind and key then
            drop_lease(kind, key)
        end
    end
end

-- Is what a consumer wrote for this entry (taken at `version`) still all
-- there is to write? An event group always; a player entry unless the player
-- was saved since the take: the lease records that while it is held, else
-- the player row's version says.
local function written_is_current(kind, key, version)
    if kind == KIND_EVENT then return true end
    local l = lease_of(kind, key)
    if l ~= nil and l.version == version then return not l.saved end
    return player_version(key) == version
end

-- wq.ack(entries) -> {deleted=, kept=}. entries: {kind, key, version} as taken.
-- A player entry whose player was saved again since the take (its version
-- moved on) stays queued. No read of the entry first: delete and update
-- say whether it was there. While the lease is held, whether the player was
-- saved since the take is known from the lease (put_player marks it), so the
-- player row is read only for an entry whose lease is gone. The delete makes
-- no Lua tuple object (gameserver.tuples).
function M.ack(entries)
    entries = check.list(entries, const.LIMITS.max_take)
    if entries == nil then return check.bad('entries must be a list') end
    local deleted, kept = 0, 0
    local now = clock.time()
    local q = space()
    box.begin()
    for _, e in ipairs(entries) do
        local kind, key = e.kind or e[1], check.id(e.key or e[2])
        if (kind == KIND_PLAYER or kind == KIND_EVENT) and key ~= nil then
            local unchanged = written_is_current(kind, key, check.count(e.version or e[3]) or 0)
            drop_lease(kind, key)
            if unchanged then
                if tuples.delete(q.id, { kind, key }) then deleted = deleted + 1 end
            -- A newer save came meanwhile: it waits its own write-behind delay.
            elseif q:update({ kind, key }, { { '=', 'attempts', 0 }, { '=', 'ready_since', now } }) ~= nil then
                kept = kept + 1
            end
        end
    end
    box.commit()
    counters.ack = counters.ack + deleted
    if kept > 0 then M.notify() end
    return { deleted = deleted, kept = kept }
end

-- wq.ack_take(acks, consumer, max, lease, timeout, opts) -> entries
-- Acks the last batch and takes the next in one call: a consumer that runs
-- back to back saves a round trip per batch.
function M.ack_take(acks, consumer, max, lease, timeout, opts)
    local r, err = M.ack(acks)
    if r == nil then return nil, err end
    return M.take(consumer, max, lease, timeout, opts)
end

-- Counts a failed attempt on an entry; buries it after max_attempts.
-- Runs inside a transaction.
local function fail_entry(t, err)
    drop_lease(t.kind, t.key)
    local attempts = t.attempts + 1
    if attempts >= cfg.max_attempts then
        space():update({ t.kind, t.key }, {
            { '=', 'status', BURIED }, { '=', 'attempts', attempts }, { '=', 'last_error', err },
        })
        counters.bury = counters.bury + 1
        log.warn('wq: buried %s:%s after %d attempts: %s', t.kind, tostring(t.key), attempts, err)
        return BURIED
    end
    space():update({ t.kind, t.key }, { { '=', 'attempts', attempts }, { '=', 'last_error', err } })
    return READY
end

-- wq.release(entries, error_text, counts) -> {released=, buried=}
-- counts = false hands entries back without counting an attempt: the
-- consumer could not reach its target (MySQL down), which says nothing
-- about the entries, so an outage never buries healthy work.
function M.release(entries, err, counts)
    entries = check.list(entries, const.LIMITS.max_take)
    if entries == nil then return check.bad('entries must be a list') end
    err = string.sub(tostring(err or 'released'), 1, 1000)
    local released, buried = 0, 0
    box.begin()
    each_ref(entries, function(t)
        if lease_of(t.kind, t.key) == nil then return end
        if counts == false then
            drop_lease(t.kind, t.key)
            released = released + 1
        elseif fail_entry(t, err) == BURIED then
            buried = buried + 1
        else
            released = released + 1
        end
    end)
    box.commit()
    counters.release = counters.release + released
    if released > 0 then M.notify() end
    return { released = released, buried = buried }
end

-- Returns entries whose lease ran out; counts as a failed attempt.
function M.sweep()
    local now = clock.time()
    local expired = {}
    for kind, by_key in pairs(leases) do
        for key, l in pairs(by_key) do
            if l.expires < now then table.insert(expired, { kind, key, l.owner }) end
        end
    end
    if #expired == 0 then return 0 end
    box.begin()
    for _, e in ipairs(expired) do
        local t = space():get({ e[1], e[2] })
        if t ~= nil then
            fail_entry(t, 'lease expired (consumer ' .. e[3] .. ')')
        else
            drop_lease(e[1], e[2])
        end
    end
    box.commit()
    counters.expire = counters.expire + #expired
    M.notify()
    return #expired
end

-- wq.leases() -> the leased entries (console, tests).
function M.leases()
    local out = {}
    for kind, by_key in pairs(leases) do
        for key, l in pairs(by_key) do
            table.insert(out, { kind = kind, key = key, version = l.version, owner = l.owner, expires = l.expires })
        end
    end
    return out
end

-- wq.buried(n) -> the first n buried entries with their last error.
function M.buried(n)
    n = check.number(n or 100, 1, 100000) or 100
    local out = {}
    for _, t in space().index.status:pairs({ BURIED }, { iterator = 'EQ' }) do
        if #out >= n then break end
        table.insert(out, {
            kind = t.kind, key = t.key, version = t.version, attempts = t.attempts, last_error = t.last_error,
        })
    end
    return out
end

-- wq.kick(n) -> how many buried entries went back to ready.
function M.kick(n)
    n = check.number(n or 1, 1, 100000) or 1
    local rows = space().index.status:select({ BURIED }, { limit = n })
    local now = clock.time()
    box.begin()
    for _, t in ipairs(rows) do
        space():update({ t.kind, t.key }, {
            { '=', 'status', READY }, { '=', 'attempts', 0 }, { '=', 'ready_since', now },
        })
    end
    box.commit()
    counters.kick = counters.kick + #rows
    if #rows > 0 then M.notify() end
    return #rows
end

-- wq.stats() -> counts, the age of the oldest entry waiting and counters.
function M.stats()
    local idx = space().index.status
    local now = clock.time()
    local oldest = 0
    for _, t in idx:pairs({ READY }, { iterator = 'EQ' }) do
        if lease_of(t.kind, t.key) == nil then
            oldest = math.max(0, now - t.ready_since)
            break
        end
    end
    local out = {
        ready = idx:count({ READY }) - lease_count,
        taken = lease_count,
        buried = idx:count({ BURIED }),
        oldest_ready_age = oldest,
    }
    for k, v in pairs(counters) do out[k] = v end
    return out
end

-- Is this entry leased right now? (gs.player, tests)
function M.leased(kind, key)
    return lease_of(kind, key) ~= nil
end

function M.configure(opts)
    for k, v in pairs(opts or {}) do
        if cfg[k] == nil then error('wq.configure: unknown option ' .. tostring(k)) end
        cfg[k] = v
    end
    -- A new sweep interval takes effect now, not after the current sleep.
    if opts and opts.sweep_interval and started then M.start() end
    return cfg
end

function M.start()
    started = true
    background.start('wq.sweeper', function() return cfg.sweep_interval end, M.sweep)
end

return M
