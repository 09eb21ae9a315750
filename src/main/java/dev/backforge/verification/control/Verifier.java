package dev.backforge.verification.control;

import dev.backforge.architecture.entity.Component;
import dev.backforge.verification.entity.Finding;
import java.util.List;

/**
 * Checks one generated file against its component's specification and the stack's rules. Every generator of a
 * stack is held to the same verifier.
 */
public interface Verifier {

    /**
     * @param injectableDependencies the class components this component declares it uses: they must arrive
     *                               through the constructor
     */
    List<Finding> verify(Component component, String content, List<Component> injectableDependencies);
}
