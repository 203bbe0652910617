// What does one city's reply contain? Its metadata, then per measure (一、(一) 一是 …) the named
// things it mentions and the figures it reports.
:param city => '临汾市';
MATCH (r:Reply {city: $city})
MATCH (r)-[:HAS_MEASURE*1..5]->(m:Measure)
OPTIONAL MATCH (m)-[:MENTIONS]->(e)
OPTIONAL MATCH (m)-[:REPORTS]->(x:Metric)
WITH r, m, collect(DISTINCT labels(e)[0] + ' ' + e.name) AS mentions, collect(DISTINCT x.surface) AS figures
RETURN r.id AS reply, r.docNumber AS docNumber, r.title AS title, m.marker AS marker, m.heading AS heading,
       m.status AS status, mentions, figures
ORDER BY reply, m.start;
