package dev.backforge.cluster.boundary;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backforge.cluster.control.InstanceStore;
import dev.backforge.cluster.control.Membership;
import dev.backforge.cluster.entity.Instance;
import dev.backforge.http.JsonBodies;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The instances sharing this store: alive ones first, then those that left or died, newest first. */
@Path("v1/instances")
@Produces(MediaType.APPLICATION_JSON)
public class InstancesResource {

    private static final int SHOWN = 100;

    @Inject
    InstanceStore store;

    @Inject
    Membership membership;

    @GET
    public String list() {
        ObjectNode body = JsonBodies.MAPPER.createObjectNode();
        body.put("answered_by", membership.id());
        ArrayNode items = body.putArray("items");
        for (Instance i : store.list(SHOWN)) {
            items.addObject().put("id", i.id()).put("name", i.name()).put("state", i.state().name())
                    .put("capacity", i.capacity()).put("started_at", JsonBodies.iso(i.startedAt()))
                    .put("heartbeat_at", JsonBodies.iso(i.heartbeatAt())).put("ended_at", JsonBodies.iso(i.endedAt()))
                    .put("end_reason", i.endReason()).put("self", i.id().equals(membership.id()));
        }
        return JsonBodies.write(body);
    }
}
