import { InvalidArgumentError, type Command } from 'commander';
import { createProgress, type Progress } from '../progress.js';
import { readGraphJson } from '../read-graph.js';

interface PushCliOptions {
  database?: string;
  wipe?: boolean;
  batchSize: number;
  quiet?: boolean;
  verbose?: boolean;
}

function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a positive integer');
  return n;
}

export function registerPush(program: Command): void {
  program
    .command('push')
    .description('load a built graph (graph.json) into Neo4j through the Bolt driver: schema first, then batched MERGE (safe to run again)')
    .argument('<graph.json>', 'the graph written by `replygraph build`')
    .option('-d, --database <name>', 'database to load into (default $NEO4J_DATABASE or neo4j)')
    .option('--wipe', "delete replygraph's nodes (the ontology's labels only) before loading")
    .option('--batch-size <n>', 'rows per UNWIND batch', positiveInt, 1000)
    .option('-q, --quiet', 'no progress')
    .option('--verbose', 'print the stack trace of an error')
    .addHelpText(
      'after',
      `
Connection: NEO4J_URI (default bolt://localhost:7687), NEO4J_USER (default neo4j),
NEO4J_PASSWORD. Example:
  NEO4J_URI=bolt://localhost:7687 NEO4J_USER=neo4j NEO4J_PASSWORD=secret replygraph push graph/graph.json --wipe`,
    )
    .action(async (file: string, opts: PushCliOptions) => {
      let progress: Progress | undefined;
      try {
        // neo4j-driver is loaded only by the command that talks to a server (it costs every other command ~0.3 s)
        const { pushToNeo4j } = await import('../../export/neo4j-push/index.js');
        const graph = await readGraphJson(file);
        const summary = await pushToNeo4j(graph, {
          database: opts.database,
          wipe: opts.wipe,
          batchSize: opts.batchSize,
          onProgress: (done, total) => {
            progress ??= createProgress(total, 'pushing', opts.quiet);
            progress.tick(`batch ${done}`);
          },
        });
        progress?.stop();
        const { nodes, relationships } = summary;
        console.log(
          `pushed ${file} to ${summary.uri}, database ${summary.database}: ` +
            `nodes ${nodes.created} created, ${nodes.updated} updated; ` +
            `relationships ${relationships.created} created, ${relationships.updated} updated` +
            (opts.wipe ? `; ${summary.deleted} nodes deleted first` : '') +
            ` (${summary.batches} batches)`,
        );
      } catch (e) {
        progress?.stop();
        const msg = e instanceof Error ? e.message : String(e);
        console.error(`replygraph push: ${msg}`);
        if (opts.verbose && e instanceof Error) console.error(e.stack);
        process.exitCode = 1;
      }
    });
}
