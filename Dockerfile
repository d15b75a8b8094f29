# Marsad container image: the build stage makes the Spring Boot fat jar with the Maven wrapper,
# the run stage runs it on a JRE as a non-root user, with the H2 database on a volume.
#
#   docker build -t marsad .            (podman build --format docker -t marsad . works too)
#   docker run -d -p 8080:8080 -v marsad-data:/app/data/db -v marsad-imports:/app/data/imports \
#       -v marsad-evidence:/app/data/evidence -v marsad-backups:/app/data/backups marsad
#
# JVM flags: -e JDK_JAVA_OPTIONS="-Xmx1g ..." (read by the java launcher itself, see ENTRYPOINT).
# The base images can be swapped (a mirror, or local copies as scripts/check-container-image.sh
# does) with --build-arg BUILD_IMAGE=... --build-arg RUN_IMAGE=...; the run image must be
# Debian or Ubuntu based (apt-get) and put `java` on PATH.

ARG BUILD_IMAGE=eclipse-temurin:25-jdk
ARG RUN_IMAGE=eclipse-temurin:25-jre

# ---------------------------------------------------------------------------------------------
FROM ${BUILD_IMAGE} AS build
WORKDIR /src
COPY . .
# The cache mounts keep Maven's repository and wrapper download (~/.m2) and any Node.js that the
# Vaadin plugin fetches (~/.vaadin, ~/.npm) between builds without putting them in a layer
# (RUN --mount needs BuildKit, Docker's default builder since 23.0, or podman/buildah).
# Tests are run outside the image (CI); here only the jar is wanted.
RUN --mount=type=cache,target=/root/.m2 \
    --mount=type=cache,target=/root/.vaadin \
    --mount=type=cache,target=/root/.npm \
    sh ./mvnw -B -ntp -DskipTests package \
 && cp target/marsad-*.jar /src/app.jar \
 && java -Djarmode=tools -jar /src/app.jar extract --destination /src/application

# ---------------------------------------------------------------------------------------------
FROM ${RUN_IMAGE}

# fontconfig + DejaVu: JFreeChart draws chart text through AWT, which finds fonts via fontconfig;
# without any font AWT fails, and DejaVu Sans has the Arabic glyphs. curl is for HEALTHCHECK
# (the JRE image does not promise one).
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      fontconfig fonts-dejavu-core curl \
 && rm -rf /var/lib/apt/lists/*

# A fixed, high uid/gid so it does not clash with users of the base image and so volume
# ownership is predictable on the host.
RUN groupadd --system --gid 10001 marsad \
 && useradd --system --uid 10001 --gid marsad --create-home --home-dir /home/marsad \
      --shell /usr/sbin/nologin marsad \
 && mkdir -p /app/data/db /app/data/imports /app/data/evidence /app/data/backups \
 && chown -R marsad:marsad /app/data

WORKDIR /app
# Owned by root and read-only for the app user: the process cannot rewrite its own code. The jar comes
# extracted (application/app.jar + application/lib/): the class path of JARs that the AOT cache needs.
COPY --from=build /src/application /app/application

# The JDK's ahead-of-time cache (Java 25, JEP 483/514/515) as Spring Boot documents it: a training run
# starts the application up to a refreshed context and exits, writing the classes it loaded and linked and
# the first JIT profiles to app.aot. It runs on this image's JVM (a cache fits one JVM build), in a scratch
# folder with a throwaway database, so that nothing of it is left in /app/data. Start-up to ready took
# well under half the time in the benchmark (docs/benchmarks.md, case 6). A cache that does not fit
# (another JDK, other options) is ignored with a warning, never an error.
RUN mkdir /tmp/aot-training && cd /tmp/aot-training \
 && java -XX:AOTCacheOutput=/app/app.aot -Dspring.context.exit=onRefresh -Djava.awt.headless=true \
      -jar /app/application/app.jar --spring.datasource.url=jdbc:h2:file:/tmp/aot-training/db/marsad \
 && cd /app && rm -rf /tmp/aot-training

# The app opens jdbc:h2:file:./data/db/marsad relative to WORKDIR, i.e. /app/data/db; every imported
# file is kept in /app/data/imports, every evidence file of a partner's commitment in /app/data/evidence, and the nightly backups go to /app/data/backups (best mounted from
# another disk than the database's). Declared after the chown so fresh named volumes start out owned by marsad.
VOLUME ["/app/data/db", "/app/data/imports", "/app/data/evidence", "/app/data/backups"]

ENV VAADIN_USAGE_STATS_ENABLED=false

USER marsad:marsad
EXPOSE 8080

# start-period covers the first start (Flyway migrations, Vaadin start-up); -f makes an HTTP 503
# ("DOWN") count as a failure.
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
    CMD curl -fsS -o /dev/null http://localhost:8080/actuator/health || exit 1

# Exec form: java is PID 1 and gets SIGTERM from `docker stop` for a graceful shutdown. Exec form
# expands no variables, so extra JVM flags go in JDK_JAVA_OPTIONS, which the java launcher reads
# itself (a JAVA_OPTS would need a shell wrapper between the runtime and java).
# -XX:AOTCache: the class path must be the one of the training run (the same absolute jar path).
ENTRYPOINT ["java", "-XX:AOTCache=/app/app.aot", "-Djava.awt.headless=true", "-jar", "/app/application/app.jar"]
