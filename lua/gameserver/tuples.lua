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
declare('box_delete', [[int box_delete(uint32_t space_id, uint32_t index_id, const char *key,
    const char *key_end, box_tuple_t **result);]])
if not pcall(ffi.typeof, 'box_iterator_t') then ffi.cdef('typedef struct iterator box_iterator_t;') end
declare('box_index_iterator', [[box_iterator_t *box_index_iterator(uint32_t space_id, uint32_t index_id,
    int type, const char *key, const char *key_end);]])
declare('box_iterator_next', 'int box_iterator_next(box_iterator_t *iterator, box_tuple_t **result);')
declare('box_iterator_free', 'void box_iterator_free(box_iterator_t *iterator);')

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

-- space:delete(key) without a result: true when a tuple was deleted.
function M.delete(space_id, key)
    ibuf:reset()
    msgpack.encode(key, ibuf)
    if C.box_delete(space_id, 0, ibuf.rpos, ibuf.wpos, result) ~= 0 then box.error() end
    return result[0] ~= nil
end

local next_tuple = ffi.new('box_tuple_t *[1]')

-- scan's loop. `key_mp` is not used: an argument of a running call stays
-- alive, and the iterator keeps a pointer into it.
local function scan_loop(it, fn, key_mp) -- luacheck: no unused args
    while true do
        if C.box_iterator_next(it, next_tuple) ~= 0 then box.error() end
        local t = next_tuple[0]
        if t == nil or fn(t) then return end
    end
end

-- Calls fn(t) for each tuple of index `index_id` that `iterator` (box.index.EQ,
-- GE, ...) finds from `key`, in the index's order, until fn returns true;
-- t is an address as from get. No Lua tuple object a tuple: a scan that
-- reads a few fields of many tuples makes no garbage for them. fn must not
-- yield or change the space (the iterator would see it changed).
function M.scan(space_id, index_id, iterator, key, fn)
    local key_mp = msgpack.encode(key)
    local key_p = ffi.cast('const char *', key_mp)
    local it = C.box_index_iterator(space_id, index_id, iterator, key_p, key_p + #key_mp)
    if it == nil then box.error() end
    -- Freed even when fn raises: the loop runs under pcall.
    local ok, err = pcall(scan_loop, it, fn, key_mp)
    C.box_iterator_free(it)
    if not ok then error(err, 0) end
end

-- space:replace(tuple) without a result.
function M.replace(space_id, tuple)
    ibuf:reset()
    msgpack.encode(tuple, ibuf)
    if C.box_replace(space_id, ibuf.rpos, ibuf.wpos, nil) ~= 0 then box.error() end
end

return M
