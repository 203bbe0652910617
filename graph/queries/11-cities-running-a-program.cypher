// Which cities run a given program (by its canonical name or an alias), and where does each reply say so?
:param program => '新型学徒制';
MATCH (c:City)-[r:RUNS]->(p:Program)
WHERE p.name = $program OR $program IN coalesce(p.aliases, [])
RETURN p.name AS program, c.name AS city, r.replies AS replies, r.evidenceSentences[0] AS evidence
ORDER BY city;
