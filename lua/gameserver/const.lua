-- Constants shared by the gameserver Lua modules.
local const = {}

-- Largest integer that survives a round trip through JavaScript numbers
-- (tarantool-driver decodes with msgpack-lite into doubles): 2^53 - 1.
const.MAX_ID = 9007199254740991

-- Write-queue entry kinds and states.
const.KIND_PLAYER = 'p'
const.KIND_EVENT = 'e'
const.READY = 'r'
const.BURIED = 'b'

-- Defaults that the configure procedures may change at run time
-- (wq.configure, gs.configure, mail.configure take these keys).
const.DEFAULTS = {
    -- wq: attempts before an entry is buried for an operator.
    max_attempts = 5,
    -- wq: how often the sweeper returns expired leases, seconds.
    sweep_interval = 0.5,
    -- mailbox: a message nobody polled expires after this many seconds.
    default_ttl = 60,
    -- gs.stats: memtx arena use (ratio of the quota) that raises the alarm.
    memory_alarm_ratio = 0.85,
}

-- Fixed bounds on what one call may ask for, so that no call can hold the
-- TX thread long or make it allocate without bound. Not configurable.
const.LIMITS = {
    -- wq.take: longest a take may wait for work, seconds.
    max_take_timeout = 30,
    -- wq.take: most entries one take may lease.
    max_take = 10000,
    -- gs.poll: longest a poll may wait, seconds. fiber.cond:wait ignores
    -- cancellation on 2.6, so every wait must end by itself.
    max_poll_timeout = 30,
    max_poll = 10000,
    -- mailbox: longest time to live a sender may ask for, seconds.
    max_ttl = 3600,
    -- gs.top: most rows one call returns.
    max_top = 1000,
    -- gs.save: limits on one save.
    max_events = 1000,
    -- inbox items one save may write: a login that converts a pre-mutual
    -- friend list sends one request per friend (catalog maxFriends <= 1000).
    max_gifts = 1000,
    max_acks = 1000,
    max_batch = 2000,
    -- gs.presence: most friends one call may ask about.
    max_presence = 1000,
}

-- Error codes returned as `nil, {code = ..., message = ...}`; the TypeScript
-- client maps them to its own error classes.
const.E = {
    FENCED = 'FENCED',
    VERSION_CONFLICT = 'VERSION_CONFLICT',
    INBOX_GONE = 'INBOX_GONE',
    BAD_ARGUMENT = 'BAD_ARGUMENT',
    EXISTS = 'EXISTS',
    -- committed here, not yet confirmed by the replica: outcome unknown
    NOT_REPLICATED = 'NOT_REPLICATED',
}

return const
