// Which colleges work with which companies (校企合作, 订单班, 新型学徒制 naming both in one sentence),
// and which replies say so?
MATCH (col:College)-[r:PARTNERS_WITH]->(co:Company)
WITH col, collect(DISTINCT co.name) AS companies, reduce(acc = [], ids IN collect(r.replies) | acc + ids) AS replyIds
RETURN col.name AS college, size(companies) AS partnerCount, companies,
       reduce(acc = [], id IN replyIds | CASE WHEN id IN acc THEN acc ELSE acc + id END) AS replies
ORDER BY partnerCount DESC, college;
