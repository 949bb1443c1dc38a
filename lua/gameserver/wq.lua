-- The write-behind queue between Tarantool and MySQL.
--
-- Player entries are keyed by player id: a newer save of the same player
-- replaces the version of the pending entry (coalescing), so MySQL writes
-- grow with active players, not commands. Event entries are keyed by a
-- sequence id and written once each. Delivery is at least once: take leases
-- a batch, ack deletes an entry only if its version is still the one taken,
-- an expired lease or a release returns the entry, and repeated failures
-- bury it for an operator (wq.buried, wq.kick).
local fiber = require('fiber')
local clock = require('clock')
local log = require('log')
local const = require('gameserver.const')
local check = require('gameserver.check')
local background = require('gameserver.background')

local READY, TAKEN, BURIED = const.READY, const.TAKEN, const.BURIED
local KIND_PLAYER, KIND_EVENT = const.KIND_PLAYER, const.KIND_EVENT

local M = {}
local cfg = {
    max_attempts = const.DEFAULTS.max_attempts,
    sweep_interval = const.DEFAULTS.sweep_interval,
}
local counters = { put = 0, take = 0, ack = 0, release = 0, bury = 0, expire = 0, kick = 0 }
local ready_cond = fiber.cond()
local started = false

local function space() return box.space.wq end

-- Called inside gs.save's transaction: must not yield.
function M.put_player(player_id, version, now)
    local q = space()
    local t = q:get({ KIND_PLAYER, player_id })
    if t == nil then
        q:insert({ KIND_PLAYER, player_id, version, READY, 0, now, '', 0, 0, '', {} })
    elseif t.status == BURIED then
        -- A newer save may be what fixes a poison entry: give it a fresh start.
        q:update({ KIND_PLAYER, player_id }, {
            { '=', 'version', version }, { '=', 'status', READY }, { '=', 'attempts', 0 },
            { '=', 'ready_since', now },
        })
    else
        -- Ready: coalesce. Taken: keep the lease; ack will see the newer
        -- version and return the entry to ready.
        q:update({ KIND_PLAYER, player_id }, { { '=', 'version', version } })
    end
    counters.put = counters.put + 1
end

-- Called inside gs.save's transaction: must not yield.
function M.put_event(player_id, event_type, payload, now)
    local id = box.sequence.wq_event_id:next()
    space():insert({ KIND_EVENT, id, 0, READY, 0, now, '', 0, 0, '', { player_id, event_type, payload, now } })
    counters.put = counters.put + 1
    return id
end

-- Wakes consumers blocked in take; called after a commit.
function M.notify()
    ready_cond:broadcast()
end

local function entry(t)
    if t.kind == KIND_PLAYER then
        local p = box.space.players:get(t.key)
        return {
            kind = KIND_PLAYER, key = t.key, version = t.version, attempts = t.attempts,
            player = p and p:tomap({ names_only = true }) or nil,
        }
    end
    local body = t.body
    return {
        kind = KIND_EVENT, key = t.key, version = 0, attempts = t.attempts,
        player_id = body[1], type = body[2], payload = body[3], time = body[4],
    }
end

-- wq.take(consumer, max, lease_seconds, timeout_seconds) -> entries
-- Leases up to max ready entries, oldest first; waits up to timeout for one.
function M.take(consumer, max, lease, timeout)
    consumer = check.name(consumer)
    if consumer == nil then return check.bad('consumer must be a non-empty string') end
    max = check.number(max, 1, const.DEFAULTS.max_take)
    if max == nil then return check.bad('max must be 1..' .. const.DEFAULTS.max_take) end
    lease = check.number(lease, 0.001, 86400)
    if lease == nil then return check.bad('lease must be 0.001..86400 seconds') end
    timeout = check.number(timeout or 0, 0, const.DEFAULTS.max_take_timeout)
    if timeout == nil then
        return check.bad('timeout must be 0..' .. const.DEFAULTS.max_take_timeout .. ' seconds')
    end
    local deadline = fiber.clock() + timeout
    local q = space()
    while true do
        local rows = q.index.status:select({ READY }, { limit = max })
        if #rows > 0 then
            local now = clock.time()
            local out = {}
            box.begin()
            for i, t in ipairs(rows) do
                q:update({ t.kind, t.key }, {
                    { '=', 'status', TAKEN }, { '=', 'lease_owner', consumer },
                    { '=', 'lease_until', now + lease }, { '=', 'taken_version', t.version },
                })
                out[i] = entry(t)
            end
            box.commit()
            counters.take = counters.take + #out
            return out
        end
        local left = deadline - fiber.clock()
        if left <= 0 then return {} end
        ready_cond:wait(left)
    end
end

local function each_ref(entries, fn)
    for _, e in ipairs(entries) do
        local kind, key = e.kind or e[1], e.key or e[2]
        local t = (kind == KIND_PLAYER or kind == KIND_EVENT) and check.id(key) and space():get({ kind, key })
        if t then fn(t, check.count(e.version or e[3]) or 0) end
    end
end

-- wq.ack(entries) -> number deleted. entries: {kind=, key=, version=} as taken.
-- A player entry whose version moved on since the take stays queued (ready).
function M.ack(entries)
    entries = check.list(entries, const.DEFAULTS.max_take)
    if entries == nil then return check.bad('entries must be a list') end
    local deleted, kept = 0, 0
    local now = clock.time()
    box.begin()
    each_ref(entries, function(t, version)
        if t.kind == KIND_EVENT or t.version == version then
            space():delete({ t.kind, t.key })
            deleted = deleted + 1
        elseif t.status == TAKEN then
            space():update({ t.kind, t.key }, {
                { '=', 'status', READY }, { '=', 'lease_owner', '' }, { '=', 'lease_until', 0 },
                { '=', 'attempts', 0 }, { '=', 'ready_since', now },
            })
            kept = kept + 1
        end
    end)
    box.commit()
    counters.ack = counters.ack + deleted
    if kept > 0 then M.notify() end
    return { deleted = deleted, kept = kept }
end

-- Returns a taken entry to ready with attempts + 1, or buries it after
-- max_attempts. Runs inside a transaction.
local function fail_entry(t, err)
    local attempts = t.attempts + 1
    if attempts >= cfg.max_attempts then
        space():update({ t.kind, t.key }, {
            { '=', 'status', BURIED }, { '=', 'attempts', attempts }, { '=', 'lease_owner', '' },
            { '=', 'lease_until', 0 }, { '=', 'last_error', err },
        })
        counters.bury = counters.bury + 1
        log.warn('wq: buried %s:%s after %d attempts: %s', t.kind, tostring(t.key), attempts, err)
        return BURIED
    end
    space():update({ t.kind, t.key }, {
        { '=', 'status', READY }, { '=', 'attempts', attempts }, { '=', 'lease_owner', '' },
        { '=', 'lease_until', 0 }, { '=', 'last_error', err },
    })
    return READY
end

-- wq.release(entries, error_text) -> {released=, buried=}
function M.release(entries, err)
    entries = check.list(entries, const.DEFAULTS.max_take)
    if entries == nil then return check.bad('entries must be a list') end
    err = string.sub(tostring(err or 'released'), 1, 1000)
    local released, buried = 0, 0
    box.begin()
    each_ref(entries, function(t)
        if t.status == TAKEN then
            if fail_entry(t, err) == BURIED then buried = buried + 1 else released = released + 1 end
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
    for _, t in space().index.lease:pairs({ TAKEN, now }, { iterator = 'LT' }) do
        if t.status ~= TAKEN or #expired >= 1000 then break end
        table.insert(expired, t)
    end
    if #expired == 0 then return 0 end
    box.begin()
    for _, t in ipairs(expired) do fail_entry(t, 'lease expired (consumer ' .. t.lease_owner .. ')') end
    box.commit()
    counters.expire = counters.expire + #expired
    M.notify()
    return #expired
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

-- wq.stats() -> counts, the age of the oldest ready entry and counters.
function M.stats()
    local idx = space().index.status
    local oldest = idx:min({ READY })
    local out = {
        ready = idx:count({ READY }),
        taken = idx:count({ TAKEN }),
        buried = idx:count({ BURIED }),
        oldest_ready_age = oldest and math.max(0, clock.time() - oldest.ready_since) or 0,
    }
    for k, v in pairs(counters) do out[k] = v end
    return out
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
