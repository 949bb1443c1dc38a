import assert from 'node:assert/strict';
import { versionLine } from '../../src/master/stats-server';
import {
  formatStats,
  LineSplitter,
  MAX_LINE,
  parseCommand,
  secondsMicros,
} from '../../src/master/memcached';

describe('memcached text protocol (stats port)', () => {
  it('parses the commands it answers and refuses the rest', () => {
    assert.deepEqual(parseCommand('stats'), { kind: 'stats', group: null });
    assert.deepEqual(parseCommand('  stats   workers '), { kind: 'stats', group: 'workers' });
    assert.deepEqual(parseCommand('stats reset'), { kind: 'reset' });
    assert.deepEqual(parseCommand('version'), { kind: 'version' });
    assert.deepEqual(parseCommand('quit'), { kind: 'quit' });
    for (const bad of ['get x', 'stats a b', 'version 2', 'STATS', 'flush_all']) {
      assert.deepEqual(parseCommand(bad), { kind: 'error' }, bad);
    }
  });

  it('formats STAT lines with CRLF and END; numbers as memcached prints them', () => {
    assert.equal(
      formatStats([
        ['pid', 42],
        ['ratio', 0.5],
        ['version', '1.2 beta'],
      ]),
      'STAT pid 42\r\nSTAT ratio 0.500000\r\nSTAT version 1.2_beta\r\nEND\r\n',
    );
    assert.equal(secondsMicros(1_234_567), '1.234567');
    assert.equal(secondsMicros(5), '0.000005');
  });

  it('splits \\n and \\r\\n lines across chunks; refuses an endless line', () => {
    const s = new LineSplitter();
    assert.deepEqual(s.push('sta'), []);
    assert.deepEqual(s.push('ts\r\nversion\nqu'), ['stats', 'version']);
    assert.deepEqual(s.push('it\r\n'), ['quit']);
    assert.equal(new LineSplitter().push('x'.repeat(MAX_LINE + 1)), null);
  });
});

describe('the VERSION line', () => {
  it('starts with a memcached version libmemcached accepts, then names us', () => {
    assert.equal(versionLine('0.1.0'), '1.6.0 gameserver-0.1.0');
    assert.match(versionLine('0.1.0'), /^[1-9]\d*\.\d+\.\d+ /, 'major above 0');
    assert.equal(versionLine('1 beta'), '1.6.0 gameserver-1_beta', 'one word');
  });
});
