// Which programs, colleges, companies, policies, agencies … have a name or an alias containing a word?
// Full-text search of names and aliases: the full-text index replygraph_names (CJK analyzer, so 学徒 finds 新型学徒制 and
// 企业新型学徒制). $q is a Lucene query: 学徒, "技能大师", 人人持证 OR 新八级.
:param q => '学徒';
CALL db.index.fulltext.queryNodes('replygraph_names', $q) YIELD node, score
RETURN labels(node)[0] AS type, node.name AS name, node.aliases AS aliases, size(node.replies) AS replyCount, score
ORDER BY score DESC, name
LIMIT 20;
