-- Argument checks shared by the public procedures. Every procedure called
-- over the network checks its arguments before touching a space, so a bad
-- call is a clear `nil, err`, never a half-done change.
local const = require('gameserver.const')

local check = {}

-- Integers may arrive as Lua numbers or as uint64 cdata; both are accepted
-- when they are whole and within 1 .. 2^53-1 (what JavaScript carries exactly).
function check.id(v)
    if type(v) == 'cdata' then v = tonumber(v) end
    if type(v) ~= 'number' or v ~= v or v < 1 or v > const.MAX_ID or math.floor(v) ~= v then
        return nil
    end
    return v
end

-- A whole number from 0 to 2^53-1.
function check.count(v)
    if type(v) == 'cdata' then v = tonumber(v) end
    if type(v) ~= 'number' or v ~= v or v < 0 or v > const.MAX_ID or math.floor(v) ~= v then
        return nil
    end
    return v
end

function check.number(v, min, max)
    if type(v) == 'cdata' then v = tonumber(v) end
    if type(v) ~= 'number' or v ~= v or v < min or v > max then return nil end
    return v
end

function check.str(v, max_len)
    if type(v) ~= 'string' or #v > (max_len or 1048576) then return nil end
    return v
end

-- A non-empty name: worker ids, consumer ids, kinds.
function check.name(v)
    if type(v) ~= 'string' or #v == 0 or #v > 128 then return nil end
    return v
end

function check.list(v, max_len)
    if v == nil then return {} end
    if type(v) ~= 'table' or #v > max_len then return nil end
    return v
end

function check.fail(code, message)
    return nil, { code = code, message = message }
end

function check.bad(message)
    return nil, { code = const.E.BAD_ARGUMENT, message = message }
end

return check
