/**
 * One-line messages for the ways a push fails before or while talking to the
 * server: unreachable server, wrong credentials, unknown database, bad URI.
 */
interface DriverError {
  code?: string;
  gqlStatus?: string;
  message?: string;
}

export function describeNeo4jError(e: unknown, ctx: { uri: string; user: string; database: string }): string {
  const err = (e ?? {}) as DriverError;
  const code = err.code ?? '';
  const full = err.message ?? String(e);
  // the driver's connection errors are long; their cause says what happened
  const msg = (/Caused by: (.*)/.exec(full)?.[1] ?? full).split('\n')[0];
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|connect|connection/i.test(msg ?? '')) {
    return `cannot reach Neo4j at ${ctx.uri} (${msg}); is the server running? e.g. docker run -p7474:7474 -p7687:7687 -e NEO4J_AUTH=neo4j/password neo4j:5`;
  }
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return `Neo4j at ${ctx.uri} refused the credentials of user "${ctx.user}"; set NEO4J_USER and NEO4J_PASSWORD`;
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return `database "${ctx.database}" does not exist on ${ctx.uri}; create it (CREATE DATABASE) or pass --database`;
  }
  if (code === 'Neo.ClientError.Security.Forbidden') {
    return `user "${ctx.user}" may not write to database "${ctx.database}" on ${ctx.uri} (${msg})`;
  }
  return `Neo4j at ${ctx.uri}, database "${ctx.database}": ${code ? code + ': ' : ''}${msg}`;
}
