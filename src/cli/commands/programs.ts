import type { Command } from 'commander';
import { programsAcrossCities } from '../../graph/index.js';
import { readGraphJson } from '../read-graph.js';

export function registerPrograms(program: Command): void {
  program
    .command('programs')
    .description('which programs recur across cities: each program with the places that run it, most widespread first')
    .argument('[graph]', 'a graph.json', 'graph/graph.json')
    .option('-n, --min-cities <n>', 'only programs run by at least n places', (v) => parseInt(v, 10), 1)
    .option('--json', 'print JSON')
    .action(async (file: string, opts: { minCities: number; json?: boolean }) => {
      const graph = await readGraphJson(file);
      const rows = programsAcrossCities(graph).filter((r) => r.places.length >= opts.minCities);
      if (opts.json) {
        console.log(JSON.stringify(rows.map(({ program, places, replies }) => ({ program, places, replies })), null, 2));
        return;
      }
      console.log(`places  program`);
      for (const r of rows) console.log(`${String(r.places.length).padStart(6)}  ${r.program}  (${r.places.join('、')})`);
      console.log(`${rows.length} programs`);
    });
}
