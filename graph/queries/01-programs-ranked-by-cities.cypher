// Which programs recur across cities? Programs ranked by the number of cities that run them
// (a city runs a program when a measure of its reply names it).
MATCH (c:City)-[:RUNS]->(p:Program)
WITH p, collect(DISTINCT c.name) AS cities
RETURN p.name AS program, size(cities) AS cityCount, cities
ORDER BY cityCount DESC, program
LIMIT 25;
