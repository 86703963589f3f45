// try/catch/finally: messages of core errors and host primitive errors, rethrow, finally on every
// path (normal, return, throw, break/continue in loops), nested try, a catch without a variable.
import { host } from '../../../../src/host/host.js';

function risky(n: number): number {
  if (n < 0) {
    throw new Error(`W2D0001: negative ${n}`);
  }
  return n * 2;
}

function withFinally(n: number, log: string[]): number {
  try {
    if (n === 0) return 100;
    log.push(`body ${n}`);
    return risky(n);
  } finally {
    log.push(`finally ${n}`);
  }
}

function rethrows(n: number): string {
  try {
    return String(risky(n));
  } catch (e) {
    throw new Error(`wrapped: ${(e as Error).message}`);
  }
}

export function main(): string[] {
  const log: string[] = [];
  try {
    log.push(String(risky(3)));
    log.push(String(risky(-1)));
    log.push('not reached');
  } catch (e) {
    log.push(`caught ${(e as Error).message}`);
  }
  try {
    host.readU16LE(host.bytesAlloc(1), 0);
  } catch (e) {
    log.push(`host ${(e as Error).message.slice(0, 8)}`);
  }
  try {
    risky(-2);
  } catch {
    log.push('caught without variable');
  }
  log.push(String(withFinally(0, log)));
  log.push(String(withFinally(4, log)));
  try {
    withFinally(-5, log);
  } catch (e) {
    log.push(`after finally: ${(e as Error).message}`);
  }
  for (let i = 0; i < 4; i++) {
    try {
      if (i === 1) continue;
      if (i === 3) break;
      log.push(`loop ${i}`);
    } finally {
      log.push(`loop finally ${i}`);
    }
  }
  try {
    try {
      rethrows(-7);
    } finally {
      log.push('inner finally');
    }
  } catch (e) {
    log.push((e as Error).message);
  }
  const results: string[] = [];
  for (const n of [1, -1, 2]) {
    let r = '';
    try {
      r = rethrows(n);
    } catch (e) {
      r = `error ${(e as Error).message.length}`;
    }
    results.push(r);
  }
  log.push(results.join(','));
  return log;
}
