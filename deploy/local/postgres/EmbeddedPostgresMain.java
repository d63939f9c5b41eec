import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * A real PostgreSQL for local runs, from zonky's embedded binaries (which also run as root), kept in a
 * data folder across restarts. Creates the services' databases and stays up until killed.
 * Usage: java -cp <classpath> EmbeddedPostgresMain.java <port> <data-dir> <database>...
 */
public class EmbeddedPostgresMain {
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        File data = new File(args[1]);
        data.mkdirs();
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(new File(data.getParentFile(), "pg-work"))
                .start();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            for (int i = 2; i < args.length; i++) {
                try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + args[i] + "'")) {
                    if (!rs.next()) {
                        s.execute("create database " + args[i]);
                    }
                }
            }
        }
        System.out.println("PostgreSQL ready on 127.0.0.1:" + port);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                pg.close();
            } catch (Exception ignored) {
                // exiting
            }
        }));
        Thread.currentThread().join();
    }
}
