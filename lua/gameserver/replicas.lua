-- Semi-synchronous replication (docs/scaling.md#why-not-is_sync-on-260): a
-- procedure that changes progress answers only once the replica confirms
-- it has written everything up to the change.
--
-- Tarantool 2.6.0's own synchronous replication (is_sync spaces) is not used:
-- on 2.6.0 an instance cannot recover from a snapshot that holds an is_sync
-- space ("transaction rolled back during snapshot recovery"), a rollback
-- cascade while a replica joins crashed the master (SIGSEGV in
-- txn_complete_async), asynchronous writes stall behind pending synchronous
-- ones, and quorum 2 of 3 writes two CONFIRMs. Here the transaction commits
-- locally, then the caller waits until (quorum - 1) replicas have acked its
-- LSN (the relay's downstream vclock; each replica acks every WAL write).
-- A change not confirmed in time is answered NOT_REPLICATED: committed
-- here, so its outcome is unknown and the caller reconciles. Reads that can
-- lead to an acknowledgement wait the same way, so nobody is told about a
-- change only this instance holds.
local fiber = require('fiber')
local clock = require('clock')
local const = require('gameserver.const')

local M = {}

local state = {
    enabled = false, -- part of a replica set
    quorum = 1, -- instances that must hold a change, this one included
    timeout = 5, -- seconds a change waits for the replica at most
    confirmed = 0, -- the LSN of ours that quorum - 1 replicas have acked
    waiting = 0,
    cond = fiber.cond(),
    watcher = nil,
}

-- How long the watcher sleeps between reads of the replicas' acks.
local POLL = 0.0005

function M.configure(opts)
    state.enabled = opts.enabled == true
    state.quorum = opts.quorum or 1
    state.timeout = opts.timeout or 5
end

function M.enabled() return state.enabled end
function M.quorum() return state.quorum end

-- Degraded: a replica set running on this instance alone.
function M.degraded() return state.enabled and state.quorum < 2 end

local function refresh()
    local need = state.quorum - 1
    if need <= 0 then
        state.confirmed = math.huge
        return
    end
    local self_id = box.info.id
    local acked = {}
    for _, r in pairs(box.info.replication) do
        if r.id ~= self_id and r.downstream ~= nil and r.downstream.vclock ~= nil then
            table.insert(acked, r.downstream.vclock[self_id] or 0)
        end
    end
    table.sort(acked, function(a, b) return a > b end)
    state.confirmed = acked[need] or 0
end

-- Lowering the quorum releases every waiter at once (degraded mode).
function M.set_quorum(n)
    state.quorum = n
    refresh()
    state.cond:broadcast()
end

local function watch()
    while state.waiting > 0 do
        fiber.sleep(POLL)
        pcall(refresh)
        state.cond:broadcast()
    end
    state.watcher = nil
end

-- true once `lsn` (of this instance) is on quorum - 1 replicas, or the
-- quorum was lowered; false after the timeout.
function M.wait(lsn)
    if not state.enabled or state.quorum < 2 then return true end
    if state.confirmed >= lsn then return true end
    refresh()
    if state.confirmed >= lsn then return true end
    local deadline = clock.monotonic() + state.timeout
    state.waiting = state.waiting + 1
    if state.watcher == nil then state.watcher = fiber.new(watch) end
    while state.confirmed < lsn and state.quorum >= 2 do
        local left = deadline - clock.monotonic()
        if left <= 0 then break end
        state.cond:wait(left)
    end
    state.waiting = state.waiting - 1
    return state.confirmed >= lsn or state.quorum < 2
end

-- The answer of a wrapped procedure, passed through as it is (any number
-- of values) once everything written so far is confirmed.
local function answer(name, ...)
    if not M.wait(box.info.lsn) then
        return nil, { code = const.E.NOT_REPLICATED,
            message = name .. ': not confirmed by the replica within ' .. state.timeout .. ' s' }
    end
    return ...
end

-- Wraps a procedure: its answer waits until everything this instance has
-- written so far is confirmed.
function M.confirmed(name, fn)
    return function(...)
        return answer(name, fn(...))
    end
end

return M
