package dev.backforge.support;

import dev.backforge.testing.Pacing;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The application as the tests deploy it: the shipped WAR plus the test-only pacing library. */
public final class Deployments {

    private static final String BEANS = "<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\" "
            + "bean-discovery-mode=\"annotated\"/>";

    private Deployments() {
    }

    /**
     * The shipped WAR with {@link Pacing} beside it, for Arquillian's {@code @Deployment}; the test users are put in
     * the Arquillian servers' workspace first.
     */
    public static WebArchive paced() {
        String workspace = System.getProperty("it.workspace");
        if (workspace != null) {
            Credentials.writeUsersFile(Path.of(workspace));
        }
        WebArchive war = ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("backforge.war",
                "target/backforge.war")));
        JavaArchive pacing = ShrinkWrap.create(JavaArchive.class, "backforge-test-pacing.jar")
                .addClass(Pacing.class).addAsManifestResource(new StringAsset(BEANS), "beans.xml");
        return war.addAsLibrary(pacing);
    }

    /** The same, as a file, for servers the tests start themselves. */
    public static synchronized Path pacedWar() {
        Path file = Path.of(System.getProperty("backforge.target", "target"), "backforge-paced.war");
        Path shipped = Path.of(System.getProperty("backforge.war", "target/backforge.war"));
        try {
            if (!Files.exists(file)
                    || Files.getLastModifiedTime(file).compareTo(Files.getLastModifiedTime(shipped)) < 0) {
                paced().as(ZipExporter.class).exportTo(file.toFile(), true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
