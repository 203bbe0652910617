// Preloaded with `node --import ./bench/usage-hook.js …` in the benchmark's
// child processes: on exit, writes the process's peak RSS and CPU time (all
// threads, workers included) as JSON to the file named by RG_USAGE_FILE.
import { writeFileSync } from 'node:fs';

const file = process.env.RG_USAGE_FILE;
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRssMB: u.maxRSS / 1024, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 }));
  });
}
