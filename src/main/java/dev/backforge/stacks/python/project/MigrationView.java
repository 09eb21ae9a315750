package dev.backforge.stacks.python.project;

import dev.backforge.stacks.python.generator.Tables;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the Alembic templates are written from: the tables in creation order, the metadata the application's
 * modules declare them in, and where the database URL comes from.
 */
public record MigrationView(String name, List<Tables.Table> tables, List<Metadata> metadataSources, String urlModule,
                            String urlGetter, String urlExpression, String urlVariable) {

    /** A module-level object holding table metadata: a declarative Base or a Core MetaData. */
    public record Metadata(String module, String name, String alias, String expression) {
    }

    /** The tables in the order they are dropped: after every table that references them. */
    public List<Tables.Table> reversed() {
        List<Tables.Table> out = new ArrayList<>(tables);
        Collections.reverse(out);
        return out;
    }

    public String tableList() {
        return String.join(", ", tables.stream().map(Tables.Table::name).toList());
    }
}
