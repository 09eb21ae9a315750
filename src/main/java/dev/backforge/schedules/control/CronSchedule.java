package dev.backforge.schedules.control;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A cron expression in a time zone, parsed by cron-utils: five fields (Unix: minute hour day month weekday) or six
 * (seconds first, as Spring writes them). Fire times are computed in the zone, so daylight saving time is respected.
 */
public final class CronSchedule {

    private static final CronParser UNIX = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));
    private static final CronParser SECONDS = new CronParser(
            CronDefinitionBuilder.instanceDefinitionFor(CronType.SPRING));

    private final ExecutionTime execution;
    private final ZoneId zone;

    private CronSchedule(Cron cron, ZoneId zone) {
        this.execution = ExecutionTime.forCron(cron);
        this.zone = zone;
    }

    /** Throws IllegalArgumentException with a message fit for a problem document. */
    public static CronSchedule parse(String expression, String timeZone) {
        ZoneId zone;
        try {
            zone = ZoneId.of(timeZone);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unknown time zone '" + timeZone + "' (an IANA name such as "
                    + "Europe/Berlin, or UTC)");
        }
        String trimmed = expression == null ? "" : expression.trim();
        int fields = trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
        CronParser parser = switch (fields) {
            case 5 -> UNIX;
            case 6 -> SECONDS;
            default -> throw new IllegalArgumentException("a cron expression has 5 fields (minute hour day month "
                    + "weekday) or 6 (seconds first); got " + fields);
        };
        try {
            return new CronSchedule(parser.parse(trimmed), zone);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a valid cron expression: " + e.getMessage());
        }
    }

    /** The first fire time strictly after the instant, in UTC. */
    public Optional<OffsetDateTime> after(Instant instant) {
        return execution.nextExecution(ZonedDateTime.ofInstant(instant, zone))
                .map(t -> t.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC));
    }

    public List<OffsetDateTime> next(int count, Instant from) {
        List<OffsetDateTime> times = new ArrayList<>();
        Instant at = from;
        for (int i = 0; i < count; i++) {
            Optional<OffsetDateTime> t = after(at);
            if (t.isEmpty()) {
                break;
            }
            times.add(t.get());
            at = t.get().toInstant();
        }
        return times;
    }

    /**
     * The shortest time between two fire times among the next 200, or empty when it fires at most once. 200 covers a
     * full cycle of every field that varies fastest, which is where the shortest gap of a cron expression lies.
     */
    public Optional<Duration> shortestGap(Instant from) {
        List<OffsetDateTime> times = next(200, from);
        Duration shortest = null;
        for (int i = 1; i < times.size(); i++) {
            Duration gap = Duration.between(times.get(i - 1), times.get(i));
            if (shortest == null || gap.compareTo(shortest) < 0) {
                shortest = gap;
            }
        }
        return Optional.ofNullable(shortest);
    }
}
