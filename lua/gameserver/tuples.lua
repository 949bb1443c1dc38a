-- Tuple reads and writes for the save path without Lua tuple objects.
--
-- space:get and space:replace hand Lua a tuple object with a finalizer for
-- every call; a save made four (owner, player, the replace's result, the
-- queue entry), and creating and collecting them was a fifth of the
-- save's time in Tarantool. These call Tarantool's C API through the FFI
-- instead: a get returns the tuple's address and its fields are decoded
-- in place; a replace keeps no result.
--
-- The address of a tuple from get is valid only until the fiber yields or
-- the tuple is replaced: read its fields at once, inside the transaction,
-- and never keep it. The save path does not yield (no MVCC on 2.6).
local ffi = require('ffi')
local msgpack = require('msgpack')
local msgpackffi = require('msgpackffi')
local buffer = require('buffer')

-- The C API (module.h). The types may already be declared by Tarantool's
-- own Lua (box/lua/schema.lua): declare each only if it is missing.
local function declare(name, decl)
    if not pcall(function() return ffi.C[name] end) then ffi.cdef(decl) end
end
if not pcall(ffi.typeof, 'box_tuple_t') then ffi.cdef('typedef struct tuple box_tuple_t;') end
declare('box_index_get', [[int box_index_get(uint32_t space_id, uint32_t index_id, const char *key,
    const char *key_end, box_tuple_t **result);]])
declare('box_replace', [[int box_replace(uint32_t space_id, const char *tuple, const char *tuple_end,
    box_tuple_t **result);]])
declare('box_tuple_field', 'const char *box_tuple_field(box_tuple_t *tuple, uint32_t fieldno);')

local C = ffi.C
local decode = msgpackffi.decode_unchecked
local result = ffi.new('box_tuple_t *[1]')
local ibuf = buffer.ibuf()

local M = {}

-- The tuple whose primary key is `key` (a Lua array), as an address, or nil.
function M.get(space_id, key)
    ibuf:reset()
    msgpack.encode(key, ibuf)
    if C.box_index_get(space_id, 0, ibuf.rpos, ibuf.wpos, result) ~= 0 then box.error() end
    local t = result[0]
    if t == nil then return nil end
    return t
end

-- Field `n` (1-based, as in Lua) of a tuple from get, decoded; nil if the
-- tuple has fewer fields.
function M.field(t, n)
    local p = C.box_tuple_field(t, n - 1)
    if p == nil then return nil end
    return (decode(p))
end

-- space:replace(tuple) without a result.
function M.replace(space_id, tuple)
    ibuf:reset()
    msgpack.encode(tuple, ibuf)
    if C.box_replace(space_id, ibuf.rpos, ibuf.wpos, nil) ~= 0 then box.error() end
end

return M
