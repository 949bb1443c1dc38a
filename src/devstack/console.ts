import net from 'node:net';

/**
 * Runs one Lua expression on the admin console (unix socket) and returns
 * its YAML answer as text: how an operator sees it.
 */
export function consoleEval(
  socketPath: string,
  expression: string,
  timeoutMs = 5000,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(socketPath);
    let buf = '';
    let sent = false;
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`console did not answer: ${buf}`));
    }, timeoutMs);
    socket.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    socket.on('data', (chunk) => {
      buf += chunk.toString('utf8');
      if (!sent && buf.includes('\n')) {
        // The greeting line(s) came; now ask.
        sent = true;
        buf = '';
        socket.write(expression.replace(/\n/g, ' ') + '\n');
        return;
      }
      if (sent && /\n\.\.\.\n$/.test(buf)) {
        clearTimeout(timer);
        socket.end();
        resolve(buf);
      }
    });
  });
}
