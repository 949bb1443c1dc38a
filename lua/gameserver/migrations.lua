-- Versioned schema migrations. Each step runs once and is recorded in
-- gs_migrations; a step that crashed half-way is run again on the next
-- start, so every step is written to be safe to repeat (if_not_exists).
local log = require('log')
local clock = require('clock')

local migrations = {}

local steps = {
    {
        version = 1,
        name = 'players, owners, inbox, write queue, mailbox',
        up = function()
            local players = box.schema.space.create('players', {
                if_not_exists = true,
                format = {
                    { name = 'id', type = 'unsigned' },
                    { name = 'version', type = 'unsigned' },
                    { name = 'name', type = 'string' },
                    { name = 'xp', type = 'unsigned' },
                    { name = 'last_seen', type = 'number' },
                    -- The game state, opaque to Lua: a JSON text the worker
                    -- wrote and the drainer copies as is into MySQL.
                    { name = 'state', type = 'string' },
                },
            })
            players:create_index('primary', { parts = { 'id' }, if_not_exists = true })
            players:create_index('xp', { parts = { 'xp', 'id' }, if_not_exists = true })

            -- Ownership and presence: the epoch only grows; worker is ''
            -- when nobody holds the player.
            local owners = box.schema.space.create('owners', {
                if_not_exists = true,
                format = {
                    { name = 'player_id', type = 'unsigned' },
                    { name = 'epoch', type = 'unsigned' },
                    { name = 'worker', type = 'string' },
                    { name = 'since', type = 'number' },
                },
            })
            owners:create_index('primary', { parts = { 'player_id' }, if_not_exists = true })
            owners:create_index('worker', { parts = { 'worker' }, unique = false, if_not_exists = true })

            box.schema.sequence.create('inbox_id', { if_not_exists = true })
            local inbox = box.schema.space.create('inbox', {
                if_not_exists = true,
                format = {
                    { name = 'id', type = 'unsigned' },
                    { name = 'player_id', type = 'unsigned' },
                    { name = 'from_id', type = 'unsigned' },
                    { name = 'kind', type = 'string' },
                    { name = 'payload', type = 'string' },
                    { name = 'created', type = 'number' },
                },
            })
            inbox:create_index('primary', { parts = { 'id' }, if_not_exists = true })
            inbox:create_index('player', { parts = { 'player_id', 'id' }, if_not_exists = true })

            -- The write queue: player entries keyed by player id
            -- (coalescing), event entries keyed by a sequence id. Leases
            -- are not stored here: see lua/gameserver/wq.lua.
            box.schema.sequence.create('wq_event_id', { if_not_exists = true })
            local q = box.schema.space.create('wq', {
                if_not_exists = true,
                format = {
                    { name = 'kind', type = 'string' },
                    { name = 'key', type = 'unsigned' },
                    -- player: the version when queued (take writes the player's
                    -- version at that moment); event: 0.
                    { name = 'version', type = 'unsigned' },
                    { name = 'status', type = 'string' },
                    { name = 'attempts', type = 'unsigned' },
                    -- when the entry became ready (for the queue lag), seconds.
                    { name = 'ready_since', type = 'number' },
                    { name = 'last_error', type = 'string' },
                    -- event entries: {{player_id, type, payload, time}, ...} (an
                    -- event group; before groups, one event's fields); player: {}.
                    { name = 'body', type = 'array' },
                },
            })
            q:create_index('primary', { parts = { 'kind', 'key' }, if_not_exists = true })
            q:create_index('status', {
                parts = { 'status', 'ready_since', 'kind', 'key' },
                if_not_exists = true,
            })

            -- Mailboxes hold chat, kicks and gift notices for a worker. They
            -- are data-temporary (no WAL): a message is only useful while the
            -- worker that should deliver it is alive.
            local mailbox = box.schema.space.create('mailbox', {
                if_not_exists = true,
                temporary = true,
                format = {
                    { name = 'id', type = 'unsigned' },
                    { name = 'worker', type = 'string' },
                    { name = 'player_id', type = 'unsigned' },
                    { name = 'kind', type = 'string' },
                    { name = 'payload', type = 'string' },
                    { name = 'expires', type = 'number' },
                },
            })
            mailbox:create_index('primary', { parts = { 'id' }, if_not_exists = true })
            mailbox:create_index('worker', { parts = { 'worker', 'id' }, if_not_exists = true })
            mailbox:create_index('expires', { parts = { 'expires', 'id' }, if_not_exists = true })
        end,
    },
    {
        version = 2,
        name = 'players: coins and level, carried to MySQL by the drainer',
        up = function()
            -- The analytics columns of the MySQL row, written by the worker
            -- with each save so the drainer need not parse the state. Rows
            -- saved before (or by an older worker) lack them: nullable.
            local players = box.space.players
            local format = players:format()
            if #format == 6 then
                table.insert(format, { name = 'coins', type = 'unsigned', is_nullable = true })
                table.insert(format, { name = 'level', type = 'unsigned', is_nullable = true })
                players:format(format)
            end
        end,
    },
}

migrations.steps = steps

-- Applies every step not yet recorded; returns how many ran.
function migrations.apply()
    local done = box.schema.space.create('gs_migrations', {
        if_not_exists = true,
        format = {
            { name = 'version', type = 'unsigned' },
            { name = 'name', type = 'string' },
            { name = 'applied_at', type = 'number' },
        },
    })
    done:create_index('primary', { parts = { 'version' }, if_not_exists = true })
    local ran = 0
    for _, step in ipairs(steps) do
        if done:get(step.version) == nil then
            log.info('gameserver: migration %d (%s)', step.version, step.name)
            step.up()
            done:insert({ step.version, step.name, clock.time() })
            ran = ran + 1
        end
    end
    return ran
end

-- The highest applied version, for tests and the admin console.
function migrations.version()
    local done = box.space.gs_migrations
    if done == nil then return 0 end
    local last = done.index.primary:max()
    return last and last.version or 0
end

return migrations
