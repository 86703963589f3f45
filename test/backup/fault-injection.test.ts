/**
 * Issue 6 item 7 for restores (Node): for every fixture's backup restored over the next fixture,
 * and for every N from 1 to the number of writes the restore makes, write N fails (injected,
 * W2D1402): the restore throws W2D1404 (rolled back) and the image is the original byte for byte.
 * Write count + 1 fails nothing: the restore completes and the image is the backup. Any other end
 * state is counted and must be zero.
 * Fast: one process, the image and backups on tmpfs where there is one; the image is copied back
 * only when a run left it different (which fails the test anyway).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { backupWinsockKeys } from '../../src/core/backup/backup-winsock-keys.js';
import { restoreWinsockKeys } from '../../src/core/backup/restore-winsock-keys.js';
import { bytesOf, fixture, imageFrom, regFixtures, scratchDir, withImage } from './helpers.js';

const scratch = scratchDir('fault');
afterAll(() => scratch.cleanup());

const pairs = regFixtures().map((a, i, all) => [a, all[(i + 1) % all.length]]);
const totals = { runs: 0, rolledBack: 0, other: 0, ms: 0 };

describe('fault injection on restore (Node): rolled back byte for byte at every write', () => {
  it.each(pairs)('backup of %s over %s: every N', (a, b) => {
    const started = Date.now();
    const dir = path.join(scratch.dir, `${a}-over-${b}`);
    const image = imageFrom(scratch.dir, a, `${a}.image`);
    const backup = withImage(image, () => backupWinsockKeys(path.join(dir, 'backups')));
    copyFileSync(fixture(b), image);
    const original = bytesOf(fixture(b));
    const backupBytes = bytesOf(backup.path);
    const safety = path.join(dir, 'safety');
    const problems: string[] = [];

    const writes = withImage(image, () => {
      let n = 1;
      for (; ; n++) {
        let message = '';
        try {
          restoreWinsockKeys(backup.path, safety, n);
        } catch (e) {
          message = (e as Error).message;
        }
        totals.runs++;
        const after = bytesOf(image);
        if (message === '') {
          // No write numbered n: the restore completed.
          if (!after.equals(backupBytes)) problems.push(`N=${n}: completed but the image is not the backup`);
          break;
        }
        if (!message.startsWith(`W2D1404: W2D1402: write ${n} failed (injected for a test)`)) problems.push(`N=${n}: ${message}`);
        if (after.equals(original)) totals.rolledBack++;
        else {
          totals.other++;
          problems.push(`N=${n}: the image is neither the original nor the backup`);
          copyFileSync(fixture(b), image);
        }
      }
      return n - 1;
    });
    totals.ms += Date.now() - started;
    expect(problems).toEqual([]);
    expect(writes).toBeGreaterThan(60);
  }, 120_000);

  it('counts', () => {
    console.log(`restore fault injection (Node): ${totals.runs} runs over ${pairs.length} fixture pairs, ${totals.rolledBack} rolled back byte for byte, ${totals.other} other states, ${totals.ms} ms`);
    expect(totals.other).toBe(0);
    expect(totals.rolledBack).toBe(totals.runs - pairs.length);
  });
});
