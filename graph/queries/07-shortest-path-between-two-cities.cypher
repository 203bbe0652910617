// How are two cities connected through programs and institutions? The shortest path over
// RUNS (programs), LOCATED_IN (colleges, companies, agencies in a city) and PARTNERS_WITH,
// not through provinces.
:param city1 => '邯郸市';
:param city2 => '衢州市';
MATCH (a:City {name: $city1})
MATCH (b:City {name: $city2})
MATCH path = shortestPath((a)-[:RUNS|LOCATED_IN|PARTNERS_WITH*..8]-(b))
WHERE none(n IN nodes(path) WHERE n:Province)
RETURN [n IN nodes(path) | labels(n)[0] + ' ' + n.name] AS steps, length(path) AS hops;
