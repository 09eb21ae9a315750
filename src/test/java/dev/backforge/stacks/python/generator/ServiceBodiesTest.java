package dev.backforge.stacks.python.generator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backforge.support.CoreOutput;
import dev.backforge.support.Examples;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Recipes for service methods that declare a duplicate beside the not-found error. */
class ServiceBodiesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** An update through a repository that flushes answers the unique constraint with the declared exception. */
    @Test
    void anUpdateThatDeclaresADuplicateTurnsTheConstraintIntoIt() throws Exception {
        ObjectNode artifact = withDuplicate("/artifacts/event-tickets.json", "EventTitleTaken", "update_event");
        String service = generated(artifact, "tickets/services/ticketing.py");
        String update = method(service, "update_event");
        assertTrue(update.contains("except IntegrityError as exc:\n            raise EventTitleTaken() from exc"),
                update);
    }

    /**
     * Without a save call the change meets the constraint at the request's commit, after the method returned: the
     * method stays a stub rather than answer a duplicate with another code.
     */
    @Test
    void anUpdateWithoutASaveCallThatDeclaresADuplicateStaysAStub() throws Exception {
        ObjectNode artifact = withDuplicate("/artifacts/ledger.json", "AccountNameTaken", "update_account");
        String service = generated(artifact, "acme/ledger/services/ledger.py");
        assertTrue(method(service, "update_account").contains("raise NotImplementedError"), service);
    }

    /** The artifact with a 409 exception saying the row is there, declared by the named service method. */
    private static ObjectNode withDuplicate(String resource, String exception, String methodName) throws Exception {
        ObjectNode artifact = (ObjectNode) JSON.readTree(Examples.resource(resource));
        for (var component : artifact.withArray("components")) {
            if (component.path("type").asText().equals("exception")) {
                ArrayNode exceptions = (ArrayNode) component.get("exceptions");
                exceptions.addObject().put("name", exception).put("base", exceptions.get(0).get("name").asText())
                        .put("message", "the name is already used").put("http_status", 409);
            }
            for (var method : component.path("interface").path("methods")) {
                if (method.get("name").asText().equals(methodName)) {
                    ((ArrayNode) method.get("raises")).add(exception);
                }
            }
        }
        return artifact;
    }

    private static String generated(ObjectNode artifact, String path) throws Exception {
        String file = CoreOutput.of(JSON.writeValueAsBytes(artifact), "test").files().get(path);
        assertTrue(file != null, "no " + path + " generated");
        return file;
    }

    /** The method's text, from its def line to the next def. */
    private static String method(String module, String name) {
        int start = module.indexOf("async def " + name + "(");
        assertTrue(start >= 0, "no " + name + " in\n" + module);
        int end = module.indexOf("\n    async def ", start + 1);
        return module.substring(start, end < 0 ? module.length() : end);
    }
}
