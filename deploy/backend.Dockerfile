# The API alone (the SPA is served by the frontend image).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY backend/pom.xml backend/pom.xml
RUN cd backend && mvn -B -q dependency:go-offline
COPY backend backend
RUN cd backend && mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/backend/target/quarkus-app/ /app/
EXPOSE 8080
VOLUME /data
CMD ["java", "-jar", "/app/quarkus-run.jar"]
