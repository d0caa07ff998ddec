# Builds and runs interview-followup in JVM mode as a non-root user; the same jar as ./mvnw package.
#   docker build -t interview-followup .
#   docker run -p 8080:8080 -p 9000:9000 -e QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://db:5432/interview_followup \
#     -e QUARKUS_DATASOURCE_USERNAME=... -e QUARKUS_DATASOURCE_PASSWORD=... -e MP_JWT_VERIFY_ISSUER=... \
#     -e MP_JWT_VERIFY_PUBLICKEY_LOCATION=... -e FOLLOWUP_PUBLIC_BASE_URL=https://followup.example.com interview-followup
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -ntp dependency:go-offline -Dci
COPY src src
COPY openapi openapi
RUN ./mvnw -B -ntp -Dci package -DskipTests

FROM eclipse-temurin:17-jre
RUN groupadd --system app && useradd --system --gid app --home-dir /app app
WORKDIR /app
COPY --from=build --chown=app:app /src/target/quarkus-app/lib/ lib/
COPY --from=build --chown=app:app /src/target/quarkus-app/*.jar ./
COPY --from=build --chown=app:app /src/target/quarkus-app/app/ app/
COPY --from=build --chown=app:app /src/target/quarkus-app/quarkus/ quarkus/
USER app
# 8080: the API; 9000: the management interface (health, metrics).
EXPOSE 8080 9000
# The heap follows the container's memory limit rather than the host's.
ENV JAVA_OPTS="-XX:InitialRAMPercentage=50 -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -Dquarkus.http.host=0.0.0.0"
# Readiness on the management port, without curl in the image: bash's /dev/tcp.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/9000 && printf 'GET /q/health/ready HTTP/1.0\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
# exec: java is PID 1 and gets the SIGTERM, which shuts it down gracefully (quarkus.shutdown.*).
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/quarkus-run.jar"]
