# Builds and runs interview-followup in JVM mode as a non-root user.
#   docker build -t interview-followup .
#   docker run -p 8080:8080 -e QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://db:5432/interview_followup \
#     -e QUARKUS_DATASOURCE_USERNAME=... -e QUARKUS_DATASOURCE_PASSWORD=... interview-followup
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
EXPOSE 8080
ENV JAVA_OPTS="-Xms256m -Xmx512m -Dquarkus.http.host=0.0.0.0"
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/quarkus-run.jar"]
