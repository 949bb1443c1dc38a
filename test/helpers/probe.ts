import net from 'node:net';

/** What happened to one hostile connection: the error codes it got, and whether it was closed. */
export interface ProbeResult {
  codes: string[];
  closed: boolean;
  text: string;
}

/** Connects, writes `writes`, and after `waitMs` reports what came back. */
export function probe(port: number, writes: Buffer[], waitMs: number): Promise<ProbeResult> {
  return new Promise((resolve) => {
    const s = net.connect({ host: '127.0.0.1', port });
    let text = '';
    let closed = false;
    s.on('data', (c) => (text += c.toString('latin1')));
    s.on('error', () => undefined);
    s.on('close', () => {
      closed = true;
    });
    s.on('connect', () => {
      for (const w of writes) s.write(w);
    });
    setTimeout(() => {
      s.destroy();
      resolve({ codes: [...text.matchAll(/([A-Z_]{6,})/g)].map((m) => m[1]!), closed, text });
    }, waitMs);
  });
}
