#!/bin/sh
# Run once by the postgres image when its data volume is new (docker-entrypoint-initdb.d):
# the owner, who owns the database and runs the migrations, and the runtime role the API works
# as, which owns nothing (the migrations grant it what it may do). Neither is a superuser.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v owner_password="$LAVTERSKEL_OWNER_PASSWORD" \
  -v app_password="$LAVTERSKEL_APP_PASSWORD" <<'SQL'
CREATE ROLE lavterskel_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'owner_password';
CREATE ROLE lavterskel_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOREPLICATION PASSWORD :'app_password';
CREATE DATABASE lavterskel OWNER lavterskel_owner;
SQL
