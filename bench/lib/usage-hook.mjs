// Loaded with `node --import` into a process a benchmark runs: at exit it writes the process's
// CPU time and peak memory (maxRSS) as one line on stderr, for bench/lib/files.ts to read.
process.on('exit', () => {
  const u = process.resourceUsage();
  process.stderr.write(`\n@@usage ${JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssMb: u.maxRSS / 1024 })}\n`);
});
