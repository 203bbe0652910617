// Who made the proposals the replies answer? People (deputies and members) and bodies (a democratic
// party's committee: 中国民主同盟…委员会, from salutations such as 民盟楚雄州委：), with how many proposals
// each made and the cities whose bureaus answered; $kind is Person, Agency or '' for both.
:param kind => '';
MATCH (p)-[:PROPOSED]->(q:Proposal)<-[:ANSWERS]-(r:Reply)
WITH p, q, r, labels(p)[0] AS kind
WHERE $kind = '' OR kind = $kind
RETURN kind, p.name AS proposer, count(DISTINCT q) AS proposals, collect(DISTINCT coalesce(r.county, r.city, r.province)) AS answeredIn
ORDER BY proposals DESC, proposer
LIMIT 25;
