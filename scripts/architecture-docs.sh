#!/usr/bin/env bash
# Redraws docs/architecture/*.png from the code: ApplicationModulesTest's Documenter writes the modules as
# PlantUML (target/spring-modulith-docs/), PlantUML's MIT build renders them with its built-in layout engine
# (smetana: no Graphviz needed).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q test -Dtest=ApplicationModulesTest -Dsurefire.failIfNoSpecifiedTests=false -Dmarsad.test.postgres.skip=true
jar=$(./mvnw -q help:evaluate -Dexpression=settings.localRepository -DforceStdout)/net/sourceforge/plantuml/plantuml-mit/1.2026.10/plantuml-mit-1.2026.10.jar
[ -f "$jar" ] || ./mvnw -q dependency:get -Dartifact=net.sourceforge.plantuml:plantuml-mit:1.2026.10
mkdir -p docs/architecture
java -Djava.awt.headless=true -jar "$jar" -Playout=smetana -tpng -o "$PWD/docs/architecture" \
  target/spring-modulith-docs/components.puml target/spring-modulith-docs/module-*.puml
ls -l docs/architecture
