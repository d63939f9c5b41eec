#!/bin/bash
# Run once by the official postgres image's entrypoint on an empty data directory: one role and one database
# per service. The names and passwords come from the Secrets ingest-db-credentials and targets-db-credentials.
set -euo pipefail
create() { # role password database
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
       -v role="$1" -v pass="$2" -v db="$3" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'pass';
CREATE DATABASE :"db" OWNER :"role";
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
SQL
}
create "$INGEST_DB_USER" "$INGEST_DB_PASSWORD" mubiao_ingest
create "$TARGETS_DB_USER" "$TARGETS_DB_PASSWORD" mubiao_targets
