import { open } from 'node:fs/promises';

/** Bytes read from a file at a time. */
const READ_BYTES = 1 << 20;

/**
 * The bytes of a file of lines in chunks of whole lines (each ending with
 * \n, but for an unterminated last line), read a megabyte at a time: a
 * file of gigabytes is never in memory at once.
 */
export async function* lineChunksOf(path: string): AsyncGenerator<Uint8Array> {
  const file = await open(path, 'r');
  try {
    let carry: Uint8Array = new Uint8Array(0);
    for (;;) {
      const buf = new Uint8Array(carry.length + READ_BYTES);
      buf.set(carry);
      const { bytesRead } = await file.read(buf, carry.length, READ_BYTES, null);
      const filled = carry.length + bytesRead;
      if (bytesRead === 0) {
        if (filled) yield buf.subarray(0, filled);
        return;
      }
      const cut = buf.lastIndexOf(0x0a, filled - 1) + 1;
      carry = buf.slice(cut, filled);
      if (cut) yield buf.subarray(0, cut);
    }
  } finally {
    await file.close();
  }
}
