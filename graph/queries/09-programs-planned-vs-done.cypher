// Which programs does each city report as done, and which does it only plan (下一步, 下步工作)?
// A program named in both kinds of measures is done and planned again.
MATCH (m:Measure)-[:MENTIONS]->(p:Program)
MATCH (r:Reply {id: m.reply})
WITH r.city AS city, p.name AS program, collect(DISTINCT m.status) AS statuses
WITH city, program,
     CASE WHEN 'done' IN statuses AND 'planned' IN statuses THEN 'done, planned again'
          WHEN 'planned' IN statuses THEN 'planned only'
          ELSE 'done only' END AS status
RETURN city, status, collect(program) AS programs
ORDER BY city, status;
