/**
 * The closed list of host primitives: the only way core touches bytes, files, the OS or the clock.
 * Each member has exactly one Node implementation (src/host/node/<name>.ts, collected in
 * src/host/node/index.ts) and one hand-written PowerShell implementation
 * (src/host/ps/<name>.ps1 defining `host_<name>`). test/host/parity.test.ts fails when either side
 * lacks one; test/conformance/primitives/ runs each through both engines.
 *
 * Core calls them as `host.<name>(...)` (see ./host.ts); the compiler lowers such a call to
 * `host_<name> ...` and links the .ps1 into the output only when it is used.
 *
 * Failures throw `Error` whose message starts with a stable ID (`W2D9xxx: ...`).
 */
export type Bytes = Uint8Array;

/** The result of decoding a text file. */
export interface DecodedText {
  text: string;
  /** 'utf16le-bom' | 'utf16be-bom' | 'utf8-bom' | 'utf8' | 'ansi' */
  encoding: string;
}

/** A registry subtree as registryRead returns it (the same shape as core's RegistrySnapshot). */
export interface RegistryTree {
  keys: { path: string; values: { name: string; type: number; data: Bytes }[] }[];
}

/** The result of running an external command (netsh). */
export interface CommandResult {
  exitCode: number;
  output: string;
}

export interface HostPrimitives {
  /** A new zero-filled byte array of `length` bytes. */
  bytesAlloc(length: number): Bytes;
  /** A copy of bytes [start, end) of `bytes`, clamped like Uint8Array.slice for non-negative arguments. */
  bytesSlice(bytes: Bytes, start: number, end: number): Bytes;
  /** One new array holding all parts in order. */
  bytesConcat(parts: Bytes[]): Bytes;
  /** true when both arrays have the same length and bytes. */
  bytesEqual(a: Bytes, b: Bytes): boolean;
  /** Unsigned 16-bit little-endian at `offset` (W2D9001 when out of range). */
  readU16LE(bytes: Bytes, offset: number): number;
  /** Unsigned 32-bit little-endian at `offset` (0..4294967295). */
  readU32LE(bytes: Bytes, offset: number): number;
  /** Signed 32-bit little-endian at `offset`. */
  readI32LE(bytes: Bytes, offset: number): number;
  writeU16LE(bytes: Bytes, offset: number, value: number): void;
  /** Writes the low 32 bits of `value` (negative values as two's complement). */
  writeU32LE(bytes: Bytes, offset: number, value: number): void;
  writeI32LE(bytes: Bytes, offset: number, value: number): void;
  /** A Windows-layout GUID (Data1-3 little-endian) at `offset` as `{XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}`, upper case. */
  readGuid(bytes: Bytes, offset: number): string;
  /** Writes a GUID given with or without braces, any case (W2D9002 when malformed). */
  writeGuid(bytes: Bytes, offset: number, guid: string): void;
  /** A NUL-terminated Windows-1252 string within bytes [offset, offset + maxBytes); no NUL: the whole field. */
  readAnsiZ(bytes: Bytes, offset: number, maxBytes: number): string;
  /** Writes `text` as Windows-1252 into a field of maxBytes, NUL-terminated and zero-padded (W2D9003 when it does not fit). */
  writeAnsiZ(bytes: Bytes, offset: number, maxBytes: number, text: string): void;
  /** A NUL-terminated UTF-16LE string within bytes [offset, offset + maxBytes). */
  readUtf16Z(bytes: Bytes, offset: number, maxBytes: number): string;
  /** Writes `text` as UTF-16LE into a field of maxBytes, NUL-terminated and zero-padded (W2D9003 when it does not fit). */
  writeUtf16Z(bytes: Bytes, offset: number, maxBytes: number, text: string): void;
  /** Lower-case hex digits, two per byte, no separators. */
  bytesToHex(bytes: Bytes): string;
  /** Bytes from hex digits (either case, no separators) (W2D9004 on odd length or a non-hex digit). */
  hexToBytes(hex: string): Bytes;
  /**
   * Bytes of a hex list as regedit writes one: two hex digits per item (either case), items separated
   * by single commas, nothing else ('' is no bytes); undefined for any other text (no error: the
   * caller reads such data item by item to say what is wrong).
   */
  hexListToBytes(list: string): Bytes | undefined;
  /** Decodes a text file's bytes: BOM (UTF-16LE, UTF-16BE, UTF-8), else UTF-8 when valid, else Windows-1252. */
  decodeText(bytes: Bytes): DecodedText;
  /** Encodes text: 'utf16le-bom' | 'utf8' | 'utf8-bom' | 'ansi' (W2D9005 for another name). */
  encodeText(text: string, encoding: string): Bytes;
  /** SHA-256 of the bytes as 64 lower-case hex digits. */
  sha256Hex(bytes: Bytes): string;
  /** The file's bytes (W2D9010 when it does not exist or cannot be read). */
  readFileBytes(path: string): Bytes;
  /** Writes the file atomically: a temporary file in the same folder, then rename over the target. */
  writeFileAtomic(path: string, bytes: Bytes): void;
  /** true when a file exists at the path (after expandCatalogPath when used for catalog DLLs). */
  fileExists(path: string): boolean;
  /**
   * Expands `%VAR%` environment references in a catalog DLL path; for the 32-bit catalog
   * (bitness 32) a `system32` folder under the Windows directory becomes `SysWOW64`.
   */
  expandCatalogPath(path: string, bitness: number): string;
  /** An environment variable, or undefined when it is not set. */
  getEnv(name: string): string | undefined;
  /** The current time in UTC as ISO 8601 with milliseconds (`2026-11-25T12:00:00.000Z`). */
  nowUtcIso(): string;
  /** This computer's name. */
  computerName(): string;
  /** 'Windows' when running on Windows, else 'Unix'. */
  platform(): string;
  /** The OS version as `major.minor.build` (Windows) or the kernel release elsewhere. */
  osVersion(): string;
  /** true when the process runs elevated (Administrator on Windows; root elsewhere). */
  isElevated(): boolean;
  /** Runs netsh with the arguments and captures its output (W2D9020 when netsh is not available). */
  runNetsh(args: string[]): CommandResult;
  /**
   * The live registry key at `path` (`HKEY_LOCAL_MACHINE\...`, 64-bit view) and every key under it, in
   * registry order, values with their type and raw data; no keys when it does not exist. Windows only
   * (W2D9030 elsewhere, W2D9031 when it cannot be read).
   */
  registryRead(path: string): RegistryTree;
  /**
   * One write to the live registry (64-bit view): action 'createKey' | 'deleteKeyTree' | 'setValue' |
   * 'deleteValue'; name, type and data are used by setValue (name alone by deleteValue). Windows only
   * (W2D9030 elsewhere, W2D9032 when the write fails).
   */
  registryWrite(action: string, path: string, name: string, type: number, data: Bytes): void;
  /**
   * Whether to go ahead with a change: in the module, the calling cmdlet's ShouldProcess (-WhatIf,
   * -Confirm, ConfirmImpact); outside a cmdlet and in Node, always true.
   */
  shouldProcess(target: string, action: string): boolean;
  /**
   * Creates a new file that only administrators can read (mode 0600 elsewhere; on Windows an ACL
   * granting Administrators and SYSTEM only), written completely before it appears under its name;
   * never replaces an existing file (W2D9012 when `path` exists, W2D9011 when it cannot be written).
   */
  writeNewPrivateFile(path: string, bytes: Bytes): void;
  /** Creates the folder and its parents when missing (W2D9013 when it cannot). */
  ensureDirectory(path: string): void;
  /** `folder` and `name` joined with the platform's separator. */
  joinPath(folder: string, name: string): string;
}
