// Which replies cite a given policy? $policy is a part of its title or document number
// (《》 are not part of names); the evidence is the sentence that cites it.
:param policy => '职业培训条例';
MATCH (pol:Policy)
WHERE pol.name CONTAINS $policy OR any(a IN coalesce(pol.aliases, []) WHERE a CONTAINS $policy)
MATCH (x)-[c:CITES]->(pol)
WITH pol, c, CASE WHEN x:Reply THEN x.id ELSE x.reply END AS replyId
MATCH (r:Reply {id: replyId})
RETURN pol.name AS policy, r.city AS city, r.id AS reply, r.title AS replyTitle, c.evidenceSentences[0] AS evidence
ORDER BY policy, city, reply;
