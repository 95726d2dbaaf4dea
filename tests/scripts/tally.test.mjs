// The test command's closing line is counted from each runner's own summary
// (scripts/tally.sh): these logs are shaped like the runners print them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const script = new URL('../../scripts/tally.sh', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'tally-'));

function tally(kind, log, exit) {
  const file = join(dir, `${kind}-${Math.random().toString(36).slice(2)}.log`);
  writeFileSync(file, log);
  const out = execFileSync('bash', [script, kind, file, String(exit)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const [passed, failed] = out.trim().split(' ').map(Number);
  return { passed, failed };
}

test('cargo: the summary lines of every test binary are added up', () => {
  const log = [
    'running 3 tests',
    'test a ... ok',
    'test b ... FAILED',
    'test result: FAILED. 2 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out',
    'test result: ok. 5 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out',
    'error: test failed, to rerun pass `--lib`',
  ].join('\n');
  assert.deepEqual(tally('cargo', log, 101), { passed: 7, failed: 1 });
});

test('cargo: a test binary that crashed counts as a failure, whatever words its output holds', () => {
  const log = [
    'test result: ok. 184 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out',
    'running 12 tests',
    "thread 'main' panicked at src/x.rs:1:1: the check failed",
    'error: test failed, to rerun pass `--test components`',
    'Caused by: process didn\'t exit successfully (signal: 6, SIGABRT: process abort signal)',
  ].join('\n');
  assert.deepEqual(tally('cargo', log, 101), { passed: 184, failed: 1 });
});

test('cargo: words in test names and output do not count', () => {
  const log = [
    'test sign_in_failed_is_shown ... ok',
    'a line that says 3 failed and 9 passed',
    'test result: ok. 1 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out',
  ].join('\n');
  assert.deepEqual(tally('cargo', log, 0), { passed: 1, failed: 0 });
});

test('node: fail and cancelled count as failures; a crash without summary counts once', () => {
  assert.deepEqual(tally('node', 'ℹ tests 70\nℹ pass 65\nℹ fail 3\nℹ cancelled 2\n', 1), { passed: 65, failed: 5 });
  assert.deepEqual(tally('node', 'Error: Cannot find module x\n', 1), { passed: 0, failed: 1 });
});

test('playwright: failed, flaky and interrupted tests are failures', () => {
  const log = '  3 failed\n    [chromium] › a.spec.mjs:1:1 › x\n  2 flaky\n  1 interrupted\n  3 skipped\n  150 passed (5.2m)\n';
  assert.deepEqual(tally('playwright', log, 1), { passed: 150, failed: 6 });
  assert.deepEqual(tally('playwright', '  12 passed (40s)\n', 0), { passed: 12, failed: 0 });
  assert.deepEqual(tally('playwright', 'Error: webServer timed out\n', 1), { passed: 0, failed: 1 });
});
