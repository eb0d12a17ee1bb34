#!/bin/sh
# Runs once, when the database volume is first initialised (docker-entrypoint-initdb.d), as the owner
# POSTGRES_USER: creates the API's login role, a member of the group role khsae_app that owns nothing.
# The migrations (run by the API as the owner, MIGRATION_DATABASE_URL) grant khsae_app what it needs:
# read and write the application's tables, only INSERT and SELECT on audit_events.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v api_user="$KHSAE_API_DB_USER" -v api_password="$KHSAE_API_DB_PASSWORD" <<'SQL'
CREATE ROLE khsae_app NOLOGIN;
CREATE ROLE :"api_user" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'api_password';
GRANT khsae_app TO :"api_user";
SQL
