-- The gameserver's Tarantool, the Debian way: tarantoolctl starts every file
-- in /etc/tarantool/instances.enabled/ (`tarantoolctl start gameserver`,
-- `service tarantool start`); tarantoolctl sets the work, WAL and log paths
-- (/var/lib/tarantool/gameserver, /var/log/tarantool/gameserver.log) and
-- runs it as the tarantool user. Installed by the gameserver package; the
-- passwords are generated at install time into gameserver-secrets.lua.
package.path = '/usr/share/gameserver/lua/?.lua;/usr/share/gameserver/lua/?/init.lua;' .. package.path
local secrets = dofile('/etc/tarantool/gameserver-secrets.lua')

box.cfg({ memtx_memory = 256 * 1024 * 1024, feedback_enabled = false })

require('gameserver').start({
    users = {
        worker = { name = 'gs_worker', password = secrets.worker },
        drainer = { name = 'gs_drainer', password = secrets.drainer },
        master = { name = 'gs_master', password = secrets.master },
    },
})

-- Listen only once the procedures and users exist: "the port answers" means ready.
box.cfg({ listen = '127.0.0.1:3301' })
