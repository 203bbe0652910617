import { Command } from 'commander';
import { registerEval } from './commands/eval.js';

const program = new Command();
program
  .name('replygraph')
  .description('Turn Chinese government replies (答复) into a knowledge graph: JSON, Neo4j, GEXF and a Sigma.js viewer.')
  .showHelpAfterError();

registerEval(program);

await program.parseAsync(process.argv);
