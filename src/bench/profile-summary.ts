import fs from 'node:fs';
import path from 'node:path';

/**
 * Where the time goes: the top functions by self time in V8 CPU profiles
 * (`node --cpu-prof`), one table a process. `scripts/bench --profile`
 * writes the profiles; this reads them.
 *
 *   node dist/src/bench/profile-summary.js DIR_OR_FILE... [--top N]
 */

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
}

/** Self samples by function (name and file), largest first, as shares of all samples. */
export function topFunctions(profile: CpuProfile, top: number): Array<[string, number]> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const hits = new Map<string, number>();
  for (const id of profile.samples) {
    const f = byId.get(id)?.callFrame;
    if (!f) continue;
    const where = f.url ? `${path.basename(f.url)}:${f.lineNumber + 1}` : '';
    const key = `${f.functionName || '(anonymous)'} ${where}`.trim();
    hits.set(key, (hits.get(key) ?? 0) + 1);
  }
  const total = profile.samples.length || 1;
  return [...hits]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, n]) => [k, n / total]);
}

function main(): void {
  const args = process.argv.slice(2);
  const topAt = args.indexOf('--top');
  const top = topAt >= 0 ? Number(args[topAt + 1]) : 15;
  const inputs = args.filter((a, i) => a !== '--top' && args[i - 1] !== '--top');
  const files = inputs.flatMap((p) =>
    fs.statSync(p).isDirectory()
      ? fs
          .readdirSync(p)
          .filter((f) => f.endsWith('.cpuprofile'))
          .map((f) => path.join(p, f))
      : [p],
  );
  for (const file of files) {
    const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
    console.log(`\n${path.basename(file)} (${profile.samples.length} samples)`);
    for (const [fn, share] of topFunctions(profile, top))
      console.log(`${(share * 100).toFixed(1).padStart(6)}%  ${fn}`);
  }
}

if (require.main === module) main();
