import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database's ceiling for a case, measured the way the application talks to PostgreSQL: the same
 * PgJDBC driver (run with the jar the application ships), extended protocol, server-side prepared
 * statements after the driver's prepareThreshold (5), the statement text reused across requests, and
 * BEGIN/COMMIT only where the captured log shows them (autocommit off, as Agroal does for a
 * transaction, so that BEGIN travels with the first statement).
 *
 * Started once per benchmark (java -cp postgresql.jar Replay.java URL USER PASSWORD), its connections
 * opened as runs need them and kept, like the application's pool; each line on its
 * standard input is a command "run SCRIPTS-FILE CONNECTIONS WARMUP-SECONDS SECONDS", answered by one JSON
 * line: {"transactions":...,"started":...,"seconds":...,"tps":...,"p50":...,"p95":...,"p99":...,"errors":...,"error":"..."}.
 *
 * A scripts file holds the requests of a case, one script each, separated by a line "--request"; a line
 * is "BEGIN", "COMMIT", "ROLLBACK" or a statement "Q<TAB>sql<TAB>param<TAB>..." (\t, \n, \\ escaped, \N
 * for NULL). Parameters are bound untyped (Types.OTHER: PostgreSQL infers them from the statement, as it
 * does for the application's); one whose type it cannot infer is bound as varchar, as setString does, and the
 * whole numbers of a statement PostgreSQL cannot type otherwise (unknown + unknown) as numbers, as Hibernate binds ints.
 */
public class Replay {

    record Statement(String sql, String[] params) {
    }

    /** One step of a request: a statement, or BEGIN / COMMIT / ROLLBACK (sql null). */
    record Step(String control, Statement statement) {
    }

    private static final List<Connection> POOL = new ArrayList<>();

    private static final Pattern UNTYPED = Pattern.compile("could not determine data type of parameter \\$(\\d+)");

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        String password = args[2];
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] command = line.trim().split(" ");
            if (command.length != 5 || !command[0].equals("run")) {
                System.out.println("{\"error\":\"unknown command\"}");
                continue;
            }
            String answer;
            try {
                answer = run(url, user, password, read(Path.of(command[1])), Integer.parseInt(command[2]),
                        Double.parseDouble(command[3]), Double.parseDouble(command[4]));
            } catch (Exception e) {
                answer = "{\"error\":\"" + json(String.valueOf(e)) + "\"}";
            }
            System.out.println(answer);
            System.out.flush();
        }
    }

    static List<List<Step>> read(Path file) throws IOException {
        List<List<Step>> requests = new ArrayList<>();
        List<Step> current = null;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.equals("--request")) {
                current = new ArrayList<>();
                requests.add(current);
            } else if (line.equals("BEGIN") || line.equals("COMMIT") || line.equals("ROLLBACK")) {
                current.add(new Step(line, null));
            } else if (line.startsWith("Q\t")) {
                String[] fields = line.split("\t", -1);
                String[] params = new String[fields.length - 2];
                for (int i = 2; i < fields.length; i++) {
                    params[i - 2] = fields[i].equals("\\N") ? null : unescape(fields[i]);
                }
                current.add(new Step(null, new Statement(unescape(fields[1]), params)));
            }
        }
        if (requests.isEmpty()) {
            throw new IllegalArgumentException(file + " holds no request");
        }
        return requests;
    }

    static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Each connection replays requests drawn at random for warmup + seconds; those ending in the last `seconds` count. */
    static String run(String url, String user, String password, List<List<Step>> requests, int connections,
            double warmupSeconds, double seconds) throws Exception {
        Map<String, Boolean> varcharParams = new ConcurrentHashMap<>();
        // one pool for the whole benchmark, as the application's: its statement caches stay warm between runs
        while (POOL.size() < connections) {
            POOL.add(DriverManager.getConnection(url, user, password));
        }
        AtomicLong errors = new AtomicLong();
        // every request started, those that end after the measure included: what pg_stat_statements counts
        AtomicLong started = new AtomicLong();
        String[] firstError = new String[1];
        long start = System.nanoTime();
        long measureFrom = start + (long) (warmupSeconds * 1e9);
        long end = measureFrom + (long) (seconds * 1e9);
        List<long[]> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            long[] own = new long[1 << 16];
            latencies.add(own);
            int seed = c;
            Thread thread = new Thread(() -> {
                long[] recorded = own;
                int count = 0;
                SplittableRandom random = new SplittableRandom(seed);
                try {
                    Connection connection = POOL.get(seed);
                    for (long now = System.nanoTime(); now < end; now = System.nanoTime()) {
                        List<Step> request = requests.get(random.nextInt(requests.size()));
                        started.incrementAndGet();
                        try {
                            execute(connection, request, varcharParams);
                        } catch (SQLException e) {
                            errors.incrementAndGet();
                            synchronized (firstError) {
                                if (firstError[0] == null) {
                                    firstError[0] = e.getMessage();
                                }
                            }
                            if (!connection.getAutoCommit()) {
                                connection.rollback();
                                connection.setAutoCommit(true);
                            }
                        }
                        long done = System.nanoTime();
                        // a request counts when it ends within the measure, as wrk counts them: counting only those
                        // that also started in it left out up to one request per connection at each end (a quarter
                        // of a 4 s run for a 1 s request, which put the application above its ceiling)
                        if (done >= measureFrom && done <= end) {
                            if (count == recorded.length) {
                                recorded = Arrays.copyOf(recorded, count * 2);
                            }
                            recorded[count++] = done - now;
                        }
                    }
                } catch (SQLException e) {
                    errors.incrementAndGet();
                    synchronized (firstError) {
                        if (firstError[0] == null) {
                            firstError[0] = e.getMessage();
                        }
                    }
                }
                synchronized (latencies) {
                    latencies.set(seed, Arrays.copyOf(recorded, count));
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        double tps = all.length / seconds;
        return String.format(java.util.Locale.ROOT,
                "{\"transactions\":%d,\"started\":%d,\"seconds\":%.3f,\"tps\":%.3f,\"p50\":%s,\"p95\":%s,\"p99\":%s,\"errors\":%d%s}",
                all.length, started.get(), seconds, tps, percentile(all, 50), percentile(all, 95), percentile(all, 99), errors.get(),
                firstError[0] == null ? "" : ",\"firstError\":\"" + json(firstError[0]) + "\"");
    }

    /** A parameter PostgreSQL could not type was learnt: the request starts again (its transaction rolled back). */
    /** Marks a statement whose whole-number parameters are bound as numbers. */
    static final String NUMBERS = "\u0000numbers";
    static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,18}");

    static final class Retry extends Exception {
    }

    static void execute(Connection connection, List<Step> request, Map<String, Boolean> varcharParams) throws SQLException {
        for (int attempt = 0; ; attempt++) {
            try {
                executeOnce(connection, request, varcharParams);
                return;
            } catch (Retry retry) {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                    connection.setAutoCommit(true);
                }
                if (attempt > 20) {
                    throw new SQLException("parameters whose type PostgreSQL cannot infer, even as varchar");
                }
            }
        }
    }

    static void executeOnce(Connection connection, List<Step> request, Map<String, Boolean> varcharParams) throws SQLException, Retry {
        for (Step step : request) {
            if (step.control() != null) {
                switch (step.control()) {
                    case "BEGIN" -> connection.setAutoCommit(false);
                    case "COMMIT" -> {
                        connection.commit();
                        connection.setAutoCommit(true);
                    }
                    default -> {
                        connection.rollback();
                        connection.setAutoCommit(true);
                    }
                }
                continue;
            }
            executeStatement(connection, step.statement(), varcharParams);
        }
        if (!connection.getAutoCommit()) {
            connection.commit();
            connection.setAutoCommit(true);
        }
    }

    /** Prepared and closed for each request, as Hibernate does: the driver's statement cache keeps the server-side one. */
    static void executeStatement(Connection connection, Statement statement, Map<String, Boolean> varcharParams) throws SQLException, Retry {
        // how this attempt bound them: another connection may learn a type meanwhile, and this one must then retry too
        String[] params = statement.params();
        boolean[] asVarchar = new boolean[params.length];
        boolean numbers = varcharParams.containsKey(statement.sql() + NUMBERS);
        try (PreparedStatement prepared = connection.prepareStatement(statement.sql())) {
            for (int i = 0; i < params.length; i++) {
                boolean varchar = asVarchar[i] = varcharParams.containsKey(statement.sql() + "\u0000" + (i + 1));
                if (params[i] == null) {
                    prepared.setNull(i + 1, varchar ? Types.VARCHAR : Types.OTHER);
                } else if (varchar) {
                    prepared.setString(i + 1, params[i]);
                } else if (numbers && WHOLE_NUMBER.matcher(params[i]).matches()) {
                    prepared.setLong(i + 1, Long.parseLong(params[i]));
                } else {
                    prepared.setObject(i + 1, params[i], Types.OTHER);
                }
            }
            if (prepared.execute()) {
                try (ResultSet rows = prepared.getResultSet()) {
                    while (rows.next()) {
                        // every row is read, as the application does
                    }
                }
            }
        } catch (SQLException e) {
            Matcher untyped = UNTYPED.matcher(String.valueOf(e.getMessage()));
            if (untyped.find()) {
                int parameter = Integer.parseInt(untyped.group(1));
                varcharParams.putIfAbsent(statement.sql() + "\u0000" + parameter, true);
                if (parameter <= params.length && !asVarchar[parameter - 1]) {
                    throw new Retry();
                }
            }
            // "unknown + unknown": arithmetic on two parameters (the app binds its limits and offsets as numbers)
            if (String.valueOf(e.getMessage()).contains("unknown") && !numbers) {
                varcharParams.putIfAbsent(statement.sql() + NUMBERS, true);
                throw new Retry();
            }
            throw e;
        }
    }

    /** In milliseconds, or null (JSON) when nothing was measured. */
    static String percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return "null";
        }
        return String.format(java.util.Locale.ROOT, "%.3f", sorted[Math.min(sorted.length - 1, (int) Math.floor(p / 100.0 * sorted.length))] / 1e6);
    }

    static String json(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t");
    }
}
