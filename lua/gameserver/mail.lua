-- Per-worker mailboxes: kicks, chat and gift notices for the players a
-- worker serves. A worker long-polls its mailbox; a fiber.cond per worker
-- wakes the poll as soon as a message arrives. Messages nobody took expire
-- (TTL sweep), so a worker that stopped polling cannot make the space grow
-- without bound.
local fiber = require('fiber')
local clock = require('clock')
local const = require('gameserver.const')
local check = require('gameserver.check')
local background = require('gameserver.background')

local M = {}
local cfg = {
    default_ttl = const.DEFAULTS.default_ttl,
    max_messages = 1000000,
}
local conds = {}
local counters = { sent = 0, dropped = 0, delivered = 0, expired = 0 }
-- The mailbox space is data-temporary and empty after a restart, so a
-- counter in memory is enough to order its messages.
local last_id = 0

local function space() return box.space.mailbox end

local function cond(worker)
    local c = conds[worker]
    if c == nil then
        c = fiber.cond()
        conds[worker] = c
    end
    return c
end

-- Puts one message into a worker's mailbox; returns false when full.
function M.put(worker, player_id, kind, payload, ttl)
    if space():len() >= cfg.max_messages then
        counters.dropped = counters.dropped + 1
        return false
    end
    last_id = last_id + 1
    space():insert({ last_id, worker, player_id, kind, payload, clock.time() + (ttl or cfg.default_ttl) })
    counters.sent = counters.sent + 1
    local c = conds[worker]
    if c ~= nil then c:broadcast() end
    return true
end

-- gs.send(to_player, kind, payload, ttl) -> {delivered = bool, worker = ...}
-- Only an online player gets the message; chat to an offline player is
-- dropped and the caller is told so.
function M.send(to, kind, payload, ttl)
    to = check.id(to)
    if to == nil then return check.bad('to must be a player id') end
    kind = check.name(kind)
    if kind == nil then return check.bad('kind must be a non-empty string') end
    payload = check.str(payload or '', 65536)
    if payload == nil then return check.bad('payload must be a string of at most 64 KiB') end
    ttl = check.number(ttl or cfg.default_ttl, 0.001, const.LIMITS.max_ttl)
    if ttl == nil then return check.bad('ttl must be 0.001..' .. const.LIMITS.max_ttl .. ' seconds') end
    local owner = box.space.owners:get(to)
    if owner == nil or owner.worker == '' then
        return { delivered = false, reason = 'offline' }
    end
    if not M.put(owner.worker, to, kind, payload, ttl) then
        return { delivered = false, reason = 'mailbox_full' }
    end
    return { delivered = true, worker = owner.worker }
end

local function take(worker, max)
    local rows = space().index.worker:select({ worker }, { limit = max })
    if #rows == 0 then return rows end
    local now = clock.time()
    local out = {}
    box.begin()
    for _, t in ipairs(rows) do
        space():delete(t.id)
        if t.expires >= now then
            table.insert(out, { id = t.id, player_id = t.player_id, kind = t.kind, payload = t.payload })
        end
    end
    box.commit()
    counters.delivered = counters.delivered + #out
    return out
end

-- gs.poll(worker, max, timeout) -> messages (removed from the mailbox)
-- Returns at once when messages wait, else waits up to timeout seconds.
function M.poll(worker, max, timeout)
    worker = check.name(worker)
    if worker == nil then return check.bad('worker must be a non-empty string') end
    max = check.number(max or 1000, 1, const.LIMITS.max_poll)
    if max == nil then return check.bad('max must be 1..' .. const.LIMITS.max_poll) end
    timeout = check.number(timeout or 0, 0, const.LIMITS.max_poll_timeout)
    if timeout == nil then
        return check.bad('timeout must be 0..' .. const.LIMITS.max_poll_timeout .. ' seconds')
    end
    local deadline = fiber.clock() + timeout
    while true do
        local out = take(worker, max)
        if #out > 0 then return out end
        local left = deadline - fiber.clock()
        if left <= 0 then return out end
        cond(worker):wait(left)
    end
end

-- Drops a gone worker's messages and wakes its pollers.
function M.forget(worker)
    local rows = space().index.worker:select({ worker }, { limit = cfg.max_messages })
    box.begin()
    for _, t in ipairs(rows) do space():delete(t.id) end
    box.commit()
    local c = conds[worker]
    conds[worker] = nil
    if c ~= nil then c:broadcast() end
    return #rows
end

function M.sweep()
    local now = clock.time()
    local rows = space().index.expires:select({ now }, { iterator = 'LT', limit = 10000 })
    if #rows == 0 then return 0 end
    box.begin()
    for _, t in ipairs(rows) do space():delete(t.id) end
    box.commit()
    counters.expired = counters.expired + #rows
    return #rows
end

function M.stats()
    local out = { messages = space():len(), pollers = 0 }
    for _ in pairs(conds) do out.pollers = out.pollers + 1 end
    for k, v in pairs(counters) do out[k] = v end
    return out
end

function M.configure(opts)
    for k, v in pairs(opts or {}) do
        if cfg[k] == nil then error('mail.configure: unknown option ' .. tostring(k)) end
        cfg[k] = v
    end
end

function M.start()
    local top = space().index.primary:max()
    if top ~= nil and top.id > last_id then last_id = top.id end
    background.start('mail.sweeper', function() return 1 end, M.sweep)
end

return M
