-- luacheck configuration: Tarantool's globals and our public namespaces.
std = 'luajit'
globals = { 'box', 'gs', 'wq' }
read_globals = { 'require', 'os', 'debug' }
max_line_length = 120
files['test/lua/'] = { globals = { 'box', 'gs', 'wq', 'package' } }
