package org.elbasar.common.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problem+json answers of every operation in one place: 400 where it takes input,
 * 415 where a body can be sent, 401 and 403 where it is secured, 404 where it names a resource,
 * each with an example.
 */
public class ProblemResponses implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().forEach(
                (method, operation) -> document(operation, method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                        || method == PathItem.HttpMethod.PATCH)));
    }

    private void document(Operation operation, boolean acceptsBody) {
        APIResponses responses = operation.getResponses();
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        boolean namesResource = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (takesInput) {
            add(responses, "400", "Invalid input; `violations` names each bad field",
                    example("validation", "Données invalides", 400, "Certains champs sont invalides.",
                            List.of(ordered("field", "email", "message", "doit être une adresse électronique syntaxiquement correcte"))));
        }
        if (acceptsBody) {
            add(responses, "415", "The body is not of the type the operation takes",
                    example("unsupported-media-type", "Type de contenu non pris en charge", 415,
                            "Envoyez le corps de la requête en application/json.", null));
        }
        if (secured) {
            add(responses, "401", "Missing, expired or invalid access token",
                    example("unauthorized", "Authentification requise", 401, "Connectez-vous pour accéder à cette ressource.", null));
            add(responses, "403", "The caller's roles or organisation do not allow it",
                    example("forbidden", "Accès refusé", 403, "Vous n'avez pas le droit d'effectuer cette action.", null));
        }
        if (namesResource) {
            add(responses, "404", "No such resource (or not visible to the caller)",
                    example("not-found", "Introuvable", 404, "La ressource demandée n'existe pas.", null));
        }
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                ensureProblemContent(response, code);
            }
        });
    }

    /** A problem document with its members in a stable order, so that the published contract is reproducible. */
    private static Map<String, Object> example(String code, String title, int status, String detail, List<Object> violations) {
        Map<String, Object> problem = ordered("type", "https://elbasar.org/problems/" + code, "title", title,
                "status", status, "detail", detail, "instance", "/api/v1/…");
        if (violations != null) {
            problem.put("violations", violations);
        }
        return problem;
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static void add(APIResponses responses, String code, String description, Map<String, Object> example) {
        APIResponse response = responses.getAPIResponse(code);
        if (response == null) {
            response = OASFactory.createAPIResponse().description(description);
            responses.addAPIResponse(code, response);
        } else if (response.getDescription() == null || response.getDescription().isBlank()
                || response.getDescription().equals("Not Authorized") || response.getDescription().equals("Not Allowed")) {
            response.setDescription(description);
        }
        ensureProblemContent(response, code);
        MediaType media = response.getContent().getMediaType("application/problem+json");
        if (media.getExamples() == null || media.getExamples().isEmpty()) {
            Example value = OASFactory.createExample().value(example);
            media.addExample("problem", value);
        }
    }

    private static void ensureProblemContent(APIResponse response, String code) {
        if (response.getContent() == null) {
            response.setContent(OASFactory.createContent());
        }
        Content content = response.getContent();
        if (content.getMediaType("application/problem+json") == null) {
            content.addMediaType("application/problem+json",
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
        }
        content.removeMediaType("application/json");
    }
}
