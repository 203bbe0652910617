#!/bin/sh
# Import these CSV files into a new, empty Neo4j 5 database with neo4j-admin (the database must be stopped).
# Usage: sh import.sh [database] [more neo4j-admin options, e.g. --overwrite-destination]
# Then start the database and create the constraints and indexes:
#   cypher-shell -d <database> -f schema.cypher
set -e
cd "$(dirname "$0")"
db="${1:-neo4j}"
[ $# -gt 0 ] && shift
neo4j-admin database import full "$db" \
  --array-delimiter=U+001F --multiline-fields=true --id-type=string \
  --nodes=Province.nodes.csv \
  --nodes=City.nodes.csv \
  --nodes=County.nodes.csv \
  --nodes=Agency.nodes.csv \
  --nodes=College.nodes.csv \
  --nodes=Company.nodes.csv \
  --nodes=Organization.nodes.csv \
  --nodes=Program.nodes.csv \
  --nodes=Competition.nodes.csv \
  --nodes=Policy.nodes.csv \
  --nodes=Award.nodes.csv \
  --nodes=Person.nodes.csv \
  --nodes=Reply.nodes.csv \
  --nodes=Proposal.nodes.csv \
  --nodes=Measure.nodes.csv \
  --nodes=Metric.nodes.csv \
  --relationships=ISSUED.Agency.Reply.rels.csv \
  --relationships=ANSWERS.Reply.Proposal.rels.csv \
  --relationships=PROPOSED.Person.Proposal.rels.csv \
  --relationships=LOCATED_IN.City.Province.rels.csv \
  --relationships=LOCATED_IN.County.City.rels.csv \
  --relationships=LOCATED_IN.Agency.City.rels.csv \
  --relationships=LOCATED_IN.Agency.County.rels.csv \
  --relationships=LOCATED_IN.College.City.rels.csv \
  --relationships=LOCATED_IN.Company.City.rels.csv \
  --relationships=LOCATED_IN.Organization.City.rels.csv \
  --relationships=HAS_MEASURE.Reply.Measure.rels.csv \
  --relationships=HAS_MEASURE.Measure.Measure.rels.csv \
  --relationships=RUNS.City.Program.rels.csv \
  --relationships=MENTIONS.Reply.Province.rels.csv \
  --relationships=MENTIONS.Reply.City.rels.csv \
  --relationships=MENTIONS.Reply.Agency.rels.csv \
  --relationships=MENTIONS.Reply.Program.rels.csv \
  --relationships=MENTIONS.Reply.Person.rels.csv \
  --relationships=MENTIONS.Measure.Province.rels.csv \
  --relationships=MENTIONS.Measure.City.rels.csv \
  --relationships=MENTIONS.Measure.County.rels.csv \
  --relationships=MENTIONS.Measure.Agency.rels.csv \
  --relationships=MENTIONS.Measure.College.rels.csv \
  --relationships=MENTIONS.Measure.Company.rels.csv \
  --relationships=MENTIONS.Measure.Organization.rels.csv \
  --relationships=MENTIONS.Measure.Program.rels.csv \
  --relationships=MENTIONS.Measure.Competition.rels.csv \
  --relationships=MENTIONS.Measure.Policy.rels.csv \
  --relationships=MENTIONS.Measure.Award.rels.csv \
  --relationships=PARTNERS_WITH.College.Company.rels.csv \
  --relationships=HOSTS.City.Competition.rels.csv \
  --relationships=CITES.Measure.Policy.rels.csv \
  --relationships=REPORTS.Reply.Metric.rels.csv \
  --relationships=REPORTS.Measure.Metric.rels.csv "$@"
