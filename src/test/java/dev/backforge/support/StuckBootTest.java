package dev.backforge.support;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StuckBootTest {

    private static final String DUMP = """
            Full thread dump OpenJDK 64-Bit Server VM (17.0.15+6 mixed mode):

            "Reference Handler" #2 daemon prio=10 os_prio=0 tid=0x1 nid=0x250e waiting on condition
               java.lang.Thread.State: RUNNABLE
            \tat java.lang.ref.Reference.waitForReferencePendingList(Native Method)

            "main" #1 prio=5 os_prio=0 tid=0x2 nid=0x2 waiting on condition
               java.lang.Thread.State: WAITING (parking)
            \tat jdk.internal.misc.Unsafe.park(Native Method)
            \tat java.util.concurrent.locks.LockSupport.park(LockSupport.java:211)

            "batch-1" #70 daemon prio=5 tid=0x3 nid=0x70 runnable
               java.lang.Thread.State: BLOCKED (on object monitor)
            \tat org.h2.engine.Session.lock(Session.java:1)
            \tat dev.backforge.runs.control.RunStore.get(RunStore.java:10)
            """;

    @Test
    void keepsTheMainThreadAndOursWithTheirTopFrames() {
        assertEquals("\"main\" | java.lang.Thread.State: WAITING (parking) | at jdk.internal.misc.Unsafe.park(Native "
                + "Method) | at java.util.concurrent.locks.LockSupport.park(LockSupport.java:211) || \"batch-1\" | "
                + "java.lang.Thread.State: BLOCKED (on object monitor) | at org.h2.engine.Session.lock(Session.java:1)"
                + " | at dev.backforge.runs.control.RunStore.get(RunStore.java:10)", StuckBoot.notable(DUMP));
    }

    @Test
    void namesTheLogsCausesOnce() {
        assertEquals("Caused by: java.sql.SQLException: lock timeout | Caused by: java.nio.file.NoSuchFileException: x",
                StuckBoot.errors(List.of("[INFO] booting", "  Caused by: java.sql.SQLException: lock timeout",
                        "\tat org.h2.Foo.bar(Foo.java:1)", "Caused by: java.sql.SQLException: lock timeout",
                        "Caused by: java.nio.file.NoSuchFileException: x")));
        assertEquals("none", StuckBoot.errors(List.of("[INFO] ready")));
    }
}
