// Which programs do two cities both run, and which does only one of them run?
:param city1 => '濮阳市';
:param city2 => '三门峡市';
OPTIONAL MATCH (:City {name: $city1})-[:RUNS]->(p:Program)
WITH collect(DISTINCT p.name) AS programs1
OPTIONAL MATCH (:City {name: $city2})-[:RUNS]->(q:Program)
WITH programs1, collect(DISTINCT q.name) AS programs2
RETURN [x IN programs1 WHERE x IN programs2] AS shared,
       [x IN programs1 WHERE NOT x IN programs2] AS onlyCity1,
       [x IN programs2 WHERE NOT x IN programs1] AS onlyCity2;
