// What figures do replies report for a program, city by city? Metrics reported in a sentence that
// names the program (e.g. people trained through 新型学徒制).
:param program => '新型学徒制';
MATCH (p:Program)
WHERE p.name = $program OR $program IN coalesce(p.aliases, [])
MATCH (p)<-[:MENTIONS]-(m:Measure)-[rep:REPORTS]->(x:Metric)
WHERE any(s IN coalesce(rep.evidenceSentences, []) WHERE s CONTAINS p.name OR any(a IN coalesce(p.aliases, []) WHERE s CONTAINS a))
MATCH (r:Reply {id: m.reply})
RETURN r.city AS city, x.counts AS counts, x.value AS value, x.unit AS unit, x.year AS year, x.surface AS asWritten, r.id AS reply
ORDER BY city, year, value;
