import net from 'node:net';

// ReadyForQuery: 'Z', length 5, then the transaction status.
const READY = Buffer.from([0x5a, 0, 0, 0, 5]);

/** The ErrorResponse PostgreSQL sends an idle connection it terminates (pg_terminate_backend, shutdown). */
function terminatingError(): Buffer {
  const fields = Buffer.concat([
    ...[
      ['S', 'FATAL'],
      ['V', 'FATAL'],
      ['C', '57P01'],
      ['M', 'terminating connection due to administrator command'],
    ].map(([code, value]) => Buffer.from(`${code}${value}\0`, 'utf8')),
    Buffer.from([0]),
  ]);
  const header = Buffer.alloc(5);
  header.write('E', 0);
  header.writeInt32BE(fields.length + 4, 1);
  return Buffer.concat([header, fields]);
}

/** A loopback TCP proxy that can be cut and restored, to play a database going away and coming back. */
export class TcpProxy {
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();
  private armed: string | null = null;
  port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  async start(): Promise<void> {
    this.server = net.createServer((client) => {
      const upstream = net.connect(this.targetPort, this.targetHost);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      let marked = false;
      client.on('data', (chunk: Buffer) => {
        if (this.armed && chunk.includes(this.armed)) {
          this.armed = null;
          marked = true;
        }
        upstream.write(chunk);
      });
      upstream.on('data', (chunk: Buffer) => {
        const ready = marked ? chunk.indexOf(READY) : -1;
        if (ready < 0) {
          client.write(chunk);
          return;
        }
        // The statement's answer reaches the client, then the server terminates the idle connection.
        const end = ready + READY.length + 1;
        client.end(Buffer.concat([chunk.subarray(0, end), terminatingError()]));
        upstream.destroy();
      });
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (this.server.address() as net.AddressInfo).port;
  }

  /**
   * The next connection that sends a statement containing `marker` gets its answer, then is
   * terminated by the server while idle (in its transaction, if any), before its next statement.
   */
  terminateAfter(marker: string): void {
    this.armed = marker;
  }

  /** Drops every open connection and refuses new ones, as a stopped server does. */
  async cut(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve(),
    );
    this.server = null;
  }
}
