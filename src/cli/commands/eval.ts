import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { extractInputs, formatReport, predictFromExtraction, predictFromGraphJson, readGoldDir, score, type PredictedReply } from '../../eval/index.js';

async function predictionsOf(inputs: string[], lexiconFiles: string[]): Promise<PredictedReply[]> {
  if (inputs.length === 1 && inputs[0]!.endsWith('.json')) {
    return predictFromGraphJson(JSON.parse(readFileSync(inputs[0]!, 'utf8')));
  }
  return (await extractInputs(inputs, lexiconFiles)).map(predictFromExtraction);
}

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score a built graph (graph.json) or reply files against gold annotations: P/R/F1 per entity type, reply-field accuracy')
    .argument('<graph-or-inputs...>', 'a graph.json, or reply files/folders to extract in memory')
    .option('--gold <dir>', 'folder of *.gold.json files', 'test/fixtures/gold')
    .option('--errors', 'list every missed and spurious entity and wrong field')
    .option('--json', 'print the report as JSON')
    .option('--lexicon <file...>', 'extra lexicon files (when extracting)', [])
    .option('--min-f1 <x>', 'exit 1 when overall entity F1 is below x', parseFloat)
    .action(async (inputs: string[], opts: { gold: string; errors?: boolean; json?: boolean; lexicon: string[]; minF1?: number }) => {
      const gold = readGoldDir(opts.gold);
      const report = score(gold, await predictionsOf(inputs, opts.lexicon));
      console.log(opts.json ? JSON.stringify(report, null, 2) : formatReport(report, { errors: opts.errors }));
      if (opts.minF1 !== undefined && report.overall.f1 < opts.minF1) process.exitCode = 1;
    });
}
