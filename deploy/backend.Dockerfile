# The platform: the API and the SPA it serves (as `make build`), one image for docker-compose.yml and Kubernetes.
FROM node:20 AS spa
WORKDIR /src
COPY openapi.yaml openapi.yaml
COPY frontend/package.json frontend/package-lock.json frontend/
RUN cd frontend && npm ci --no-audit --no-fund
COPY frontend frontend
RUN cd frontend && npm run build

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY backend/pom.xml backend/pom.xml
RUN cd backend && mvn -B -q dependency:go-offline
COPY backend backend
# the build packages ../frontend/dist into the jar (served from META-INF/resources)
COPY --from=spa /src/frontend/dist frontend/dist
# the class-data archive is made below, by the JVM that runs the application (it holds for that JVM only)
RUN cd backend && mvn -B -q package -DskipTests -Dquarkus.package.jar.appcds.enabled=false

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/backend/target/quarkus-app/ /app/
# What the build does with quarkus.package.jar.appcds.enabled: start to the end of static init, archive the classes loaded
RUN java -XX:ArchiveClassesAtExit=app-cds.jsa -Dquarkus.appcds.generate=true -jar quarkus-run.jar
EXPOSE 8080
VOLUME /data
# the JVM options of every launcher (backend/jvm.options), read from /app as the archive needs
CMD ["java", "@jvm.options", "-jar", "quarkus-run.jar"]
