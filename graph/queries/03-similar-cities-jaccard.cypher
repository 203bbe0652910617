// Which cities are most alike in the programs they run? Pairs of cities ranked by Jaccard similarity:
// programs both run / programs either runs.
MATCH (a:City)-[:RUNS]->(p:Program)<-[:RUNS]-(b:City)
WHERE a.name < b.name
WITH a, b, count(DISTINCT p) AS shared
MATCH (a)-[:RUNS]->(pa:Program)
WITH a, b, shared, count(DISTINCT pa) AS count1
MATCH (b)-[:RUNS]->(pb:Program)
WITH a, b, shared, count1, count(DISTINCT pb) AS count2
RETURN a.name AS city1, b.name AS city2, shared, count1 + count2 - shared AS inEither,
       round(toFloat(shared) / (count1 + count2 - shared), 3) AS jaccard
ORDER BY jaccard DESC, shared DESC, city1, city2
LIMIT 20;
