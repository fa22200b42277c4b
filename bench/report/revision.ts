/** Which Concord was measured: its git commit, marked if the server's sources differ from it. */
import { execFileSync } from 'node:child_process';

export function revision(root: string): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const commit = git('rev-parse', '--short', 'HEAD');
    const changed = git('status', '--porcelain', '--', 'server', 'shared') !== '';
    return changed ? `${commit}+changes` : commit;
  } catch {
    return 'unknown';
  }
}
