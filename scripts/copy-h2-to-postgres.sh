#!/usr/bin/env bash
# Copies Marsad's H2 database into an empty PostgreSQL database: the move from one machine to running at scale
# (README.md, "Running at scale"). Stop Marsad first. The H2 files are only read; keep them until the figures
# have been checked in the new setup.
#
#   MARSAD_DB_URL=jdbc:postgresql://host:5432/marsad MARSAD_DB_USERNAME=marsad MARSAD_DB_PASSWORD=... \
#       bash scripts/copy-h2-to-postgres.sh [--from=jdbc:h2:file:./data/db/marsad]
#
# The same variables then start Marsad on PostgreSQL (SPRING_PROFILES_ACTIVE=prod,postgres). Options:
# --from=, --from-user= (sa), --from-password= ("") for the H2 side; --to=, --to-user=, --to-password= instead
# of the variables. Exit code 0 when copied, 2 when refused (the message says why; nothing is kept).
set -euo pipefail
cd "$(dirname "$0")/.."

jar=$(ls target/marsad-*.jar 2>/dev/null | head -n 1 || true)
if [ -z "$jar" ]; then
  ./mvnw -B -q -DskipTests package
  jar=$(ls target/marsad-*.jar | head -n 1)
fi
# The jar needs Java 25: JAVA_HOME if set, else the first JDK 25+ under /usr/lib/jvm, else java on PATH.
java=java
if [ -n "${JAVA_HOME:-}" ]; then
  java=$JAVA_HOME/bin/java
else
  for d in /usr/lib/jvm/*; do
    if [ -x "$d/bin/java" ] && "$d/bin/java" -version 2>&1 | grep -q 'version "\(2[5-9]\|[3-9][0-9]\)'; then
      java=$d/bin/java
      break
    fi
  done
fi
# The class is inside the Spring Boot jar; its launcher puts the jar's libraries on the class path.
exec "$java" -Dloader.main=ma.marsad.dbcopy.H2ToPostgres -cp "$jar" \
  org.springframework.boot.loader.launch.PropertiesLauncher "$@"
