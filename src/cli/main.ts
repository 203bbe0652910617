import { Command } from 'commander';
import { registerBuild } from './commands/build.js';
import { registerEval } from './commands/eval.js';
import { registerPrograms } from './commands/programs.js';

const program = new Command();
program
  .name('replygraph')
  .description('Turn Chinese government replies (答复) into a knowledge graph: JSON, Neo4j, GEXF and a Sigma.js viewer.')
  .showHelpAfterError();

registerBuild(program);
registerPrograms(program);
registerEval(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  console.error(`replygraph: ${(e as Error).message}`);
  if (process.argv.includes('--verbose')) console.error((e as Error).stack);
  process.exitCode = 1;
}
