-- The admin console on a unix socket readable by the owner only. Tarantool
-- 2.6's console has no authentication, so the file mode is the only guard.
local console = require('console')
local fio = require('fio')
local log = require('log')

local M = {}

function M.listen(path)
    local dir = fio.dirname(path)
    if not fio.path.is_dir(dir) then
        assert(fio.mktree(dir), 'cannot create ' .. dir)
    end
    -- A socket left by a Tarantool that was killed would make listen fail.
    if fio.path.lexists(path) then
        fio.unlink(path)
    end
    -- The umask closes the window between bind() and chmod().
    local old = fio.umask(tonumber('077', 8))
    local ok, err = pcall(console.listen, 'unix/:' .. path)
    fio.umask(old)
    if not ok then
        error('console: cannot listen on ' .. path .. ': ' .. tostring(err))
    end
    assert(fio.chmod(path, tonumber('0600', 8)), 'cannot chmod ' .. path)
    log.info('gameserver: admin console on %s (mode 0600)', path)
end

return M
