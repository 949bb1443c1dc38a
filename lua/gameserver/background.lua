-- Supervised background fibers: each round runs under pcall, an error is
-- logged and the loop goes on; a cancelled fiber stops after its sleep.
local fiber = require('fiber')
local log = require('log')

local background = {}
local running = {}

-- Starts (or restarts) the named loop: fn() every interval() seconds.
function background.start(name, interval, fn)
    background.stop(name)
    local f = fiber.create(function()
        fiber.self():name(name)
        while true do
            local ok, err = pcall(fn)
            if not ok then
                log.error('%s: %s', name, tostring(err))
            end
            fiber.sleep(interval())
            fiber.testcancel()
        end
    end)
    running[name] = f
    return f
end

function background.stop(name)
    local f = running[name]
    running[name] = nil
    if f ~= nil and f:status() ~= 'dead' then
        f:cancel()
    end
end

function background.stop_all()
    for name in pairs(running) do background.stop(name) end
end

return background
