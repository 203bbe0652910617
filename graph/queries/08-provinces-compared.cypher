// How do provinces compare? Per province: its cities in the corpus, their replies, and the number
// of distinct programs those cities run, with the programs most of its cities run first.
MATCH (pr:Province)<-[:LOCATED_IN]-(c:City)
OPTIONAL MATCH (c)-[:RUNS]->(p:Program)
WITH pr, p, count(DISTINCT c) AS runners
ORDER BY runners DESC, p.name
WITH pr, collect(p.name) AS programs
OPTIONAL MATCH (c:City)-[:LOCATED_IN]->(pr)
WITH pr, programs, collect(DISTINCT c.name) AS cities
OPTIONAL MATCH (r:Reply {province: pr.name})
RETURN pr.name AS province, cities, count(r) AS replies, size(programs) AS programCount, programs[..10] AS topPrograms
ORDER BY programCount DESC, province;
