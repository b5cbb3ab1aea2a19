// A deterministic zip writer and a reader for what it writes (node:zlib only). The same files give the
// same bytes on every machine and run: entries sorted by path, one fixed timestamp (1980-01-01, the
// format's epoch), Unix modes reduced to 644/755, no extra fields, no directory entries.
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

const DOS_DATE_1980_01_01 = (0 << 9) | (1 << 5) | 1;
const UTF8_NAMES = 0x0800;
const MADE_BY_UNIX = (3 << 8) | 20;

/**
 * @param {{ path: string, data: Buffer, executable?: boolean }[]} files
 * @returns {Buffer}
 */
export function writeZip(files) {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [i, file] of sorted.entries()) {
    if (i > 0 && sorted[i - 1].path === file.path) throw new Error(`zip: ${file.path} twice`);
    const name = Buffer.from(file.path, 'utf8');
    const deflated = deflateRawSync(file.data, { level: 9 });
    const stored = deflated.length >= file.data.length;
    const body = stored ? file.data : deflated;
    const common = (h, at) => {
      h.writeUInt16LE(20, at); // version needed
      h.writeUInt16LE(UTF8_NAMES, at + 2);
      h.writeUInt16LE(stored ? 0 : 8, at + 4);
      h.writeUInt16LE(0, at + 6); // time 00:00:00
      h.writeUInt16LE(DOS_DATE_1980_01_01, at + 8);
      h.writeUInt32LE(crc32(file.data), at + 10);
      h.writeUInt32LE(body.length, at + 14);
      h.writeUInt32LE(file.data.length, at + 18);
      h.writeUInt16LE(name.length, at + 22);
      h.writeUInt16LE(0, at + 24); // extra field length
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    common(local, 4);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(MADE_BY_UNIX, 4);
    common(central, 6);
    // comment length, disk number, internal attributes: 0
    central.writeUInt32LE(((file.executable ? 0o100755 : 0o100644) << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(sorted.length, 8);
  end.writeUInt16LE(sorted.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * Reads a zip without zip64 or encryption (what writeZip and web-ext write).
 * @param {Buffer} zip
 * @returns {{ path: string, data: Buffer, executable: boolean }[]}
 */
export function readZip(zip) {
  const endAt = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endAt < 0) throw new Error('zip: no end of central directory');
  const count = zip.readUInt16LE(endAt + 10);
  let at = zip.readUInt32LE(endAt + 16);
  const files = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('zip: bad central directory');
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const mode = zip.readUInt32LE(at + 38) >>> 16;
    const local = zip.readUInt32LE(at + 42);
    const path = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const body = zip.subarray(start, start + size);
    if (method !== 0 && method !== 8) throw new Error(`zip: ${path} uses method ${method}`);
    if (!path.endsWith('/'))
      files.push({ path, data: method === 8 ? inflateRawSync(body) : Buffer.from(body), executable: !!(mode & 0o111) });
    at += 46 + skip;
  }
  return files;
}
