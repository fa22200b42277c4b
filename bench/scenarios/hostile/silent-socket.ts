/**
 * A WebSocket client that stops reading after the handshake: what the server sends it piles up in
 * the kernel's buffers and then in the server's. Frames are written by hand (masked, as a client's
 * must be); what arrived is scanned afterwards for a close frame.
 */
import { randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';

const OPCODE_BINARY = 0x2;
const OPCODE_CLOSE = 0x8;

function clientFrame(payload: Uint8Array): Buffer {
  const length = payload.byteLength;
  const header = length < 126 ? Buffer.alloc(2) : length < 65_536 ? Buffer.alloc(4) : Buffer.alloc(10);
  header[0] = 0x80 | OPCODE_BINARY;
  if (length < 126) header[1] = 0x80 | length;
  else if (length < 65_536) {
    header[1] = 0x80 | 126;
    header.writeUInt16BE(length, 2);
  } else {
    header[1] = 0x80 | 127;
    header.writeBigUInt64BE(BigInt(length), 2);
  }
  const mask = randomBytes(4);
  const masked = Buffer.alloc(length);
  for (let index = 0; index < length; index += 1) masked[index] = (payload[index] ?? 0) ^ (mask[index % 4] ?? 0);
  return Buffer.concat([header, mask, masked]);
}

/** Reads server frames as they stream past, keeping only the close frame's code. */
class FrameScanner {
  private buffer = Buffer.alloc(0);
  private skipping = 0;
  closeCode: number | null = null;

  push(chunk: Buffer): void {
    if (this.skipping >= chunk.length) {
      this.skipping -= chunk.length;
      return;
    }
    this.buffer = Buffer.concat([this.buffer, chunk.subarray(this.skipping)]);
    this.skipping = 0;
    for (;;) {
      if (this.buffer.length < 2) return;
      const opcode = (this.buffer[0] ?? 0) & 0x0f;
      const short = (this.buffer[1] ?? 0) & 0x7f;
      const headerLength = short === 126 ? 4 : short === 127 ? 10 : 2;
      if (this.buffer.length < headerLength) return;
      const length = short === 126 ? this.buffer.readUInt16BE(2) : short === 127 ? Number(this.buffer.readBigUInt64BE(2)) : short;
      if (opcode === OPCODE_CLOSE) {
        if (this.buffer.length < headerLength + Math.min(2, length)) return;
        this.closeCode = length >= 2 ? this.buffer.readUInt16BE(headerLength) : 1005;
      }
      const end = headerLength + length;
      if (this.buffer.length < end) {
        this.skipping = end - this.buffer.length;
        this.buffer = Buffer.alloc(0);
        return;
      }
      this.buffer = this.buffer.subarray(end);
    }
  }
}

export class SilentSocket {
  private constructor(
    private readonly socket: Socket,
    /** Frames that came in with the handshake's answer. */
    private readonly early: Buffer,
  ) {
    // A reset from the server (it may drop a receiver this far behind) is an outcome, not a failure.
    socket.on('error', () => undefined);
  }

  static open(host: string, port: number, path: string): Promise<SilentSocket> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, host);
      socket.once('error', reject);
      socket.once('connect', () => {
        socket.write(
          `GET ${path} HTTP/1.1\r\nHost: ${host}:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
            `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
        );
      });
      let head = Buffer.alloc(0);
      const onData = (chunk: Buffer) => {
        head = Buffer.concat([head, chunk]);
        const end = head.indexOf('\r\n\r\n');
        if (end < 0) return;
        socket.off('data', onData);
        // From here on nothing is read: the point of this client.
        socket.pause();
        const status = head.subarray(0, head.indexOf('\r\n')).toString('latin1');
        if (!status.startsWith('HTTP/1.1 101')) reject(new Error(`upgrade refused: ${status}`));
        else resolve(new SilentSocket(socket, head.subarray(end + 4)));
      };
      socket.on('data', onData);
    });
  }

  send(payload: Uint8Array): void {
    this.socket.write(clientFrame(payload));
  }

  /**
   * Starts reading at last, through everything that piled up, until the server ends the connection or
   * `timeoutMs` passes: the close code it sent (1005 without one), 'dropped' if it ended the
   * connection without a close frame, null if it is still open.
   */
  drain(timeoutMs: number): Promise<number | 'dropped' | null> {
    const scanner = new FrameScanner();
    return new Promise((resolve) => {
      const finish = (outcome: number | 'dropped' | null) => {
        clearTimeout(timer);
        this.socket.destroy();
        resolve(outcome);
      };
      const timer = setTimeout(() => finish(scanner.closeCode), timeoutMs);
      scanner.push(this.early);
      this.socket.on('data', (chunk: Buffer) => scanner.push(chunk));
      this.socket.once('close', () => finish(scanner.closeCode ?? 'dropped'));
      this.socket.resume();
    });
  }
}
