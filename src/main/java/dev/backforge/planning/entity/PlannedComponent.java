package dev.backforge.planning.entity;

import dev.backforge.architecture.entity.Component;

/**
 * A backend component in generation order.
 *
 * @param position 0-based place in the order; the batch job's checkpoint is the position of the last committed one
 * @param level 1 + the highest level among its backend dependencies: components of one level are independent
 */
public record PlannedComponent(Component component, int position, int level) {

    public String id() {
        return component.id();
    }
}
