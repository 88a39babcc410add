import javax.sql.DataSource;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Random;

/** What the statistics benchmark's parts share: the generated office's calendar and words, a seeded random, small helpers. */
abstract class Bench {

    static final LocalDate FIRST = LocalDate.of(2024, 10, 1);   // fiscal year 2568 begins
    static final LocalDate LAST = LocalDate.of(2027, 9, 30);    // fiscal year 2570 ends
    static final int DAYS = (int) ChronoUnit.DAYS.between(FIRST, LAST) + 1;
    static final String[] TYPES = {"NEWS", "ARTICLE", "QUESTION", "PRACTICE", "HONOUR", "SUPERVISION"};
    static final int[] TYPE_COUNTS = {3_000, 6_000, 6_000, 2_000, 1_000, 2_000};
    static final String[] WORDS = ("การ พัฒนา คุณภาพ การศึกษา นิเทศ ภายใน โรงเรียน ครู ผู้เรียน ชุมชน การเรียนรู้ แผน การสอน "
            + "สื่อ เทคโนโลยี คณิตศาสตร์ วิทยาศาสตร์ ภาษาไทย อ่าน เขียน คิด วิเคราะห์ โครงการ กิจกรรม ประเมิน ผล สัมฤทธิ์ "
            + "ทางการ เรียน หลักสูตร สถานศึกษา ปฐมวัย พิเศษ ทักษะ ศตวรรษ ที่ ๒๑ PLC Active Learning Coaching Mentoring "
            + "O-NET DLTV อบรม สัมมนา ประกาศ เกียรติคุณ รางวัล ยกย่อง ชมเชย วิจัย ชั้นเรียน นวัตกรรม").split(" ");

    static final Random RANDOM = new Random(2570);

    // ------------------------------------------------------------------ helpers

    /** The {@code q} quantile of sorted nanoseconds, in milliseconds. */
    static double pct(long[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    static String text(int minWords, int maxWords) {
        int n = minWords + RANDOM.nextInt(maxWords - minWords + 1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(WORDS[RANDOM.nextInt(WORDS.length)]);
            if (RANDOM.nextInt(4) == 0) {
                b.append(' ');
            }
        }
        return b.toString().strip();
    }

    static int pick(double[] weights) {
        double sum = Arrays.stream(weights).sum();
        double x = RANDOM.nextDouble() * sum;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    static double[] cumulative(double[] w) {
        double[] c = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            c[i] = (i == 0 ? 0 : c[i - 1]) + w[i];
        }
        return c;
    }

    /** The first index whose cumulative weight exceeds x. */
    static int search(double[] cum, double x) {
        int lo = 0;
        int hi = cum.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cum[mid] > x) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    static Method method(Class<?> type, String name, Class<?>... params) throws NoSuchMethodException {
        Method m = type.getDeclaredMethod(name, params);
        m.setAccessible(true);
        return m;
    }

    static long single(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    static String text(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    static void execute(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static void setGlobal(DataSource ds, String name, long value) throws SQLException {
        execute(ds, "SET GLOBAL " + name + " = " + value);
        // resizing the buffer pool runs in the background: wait until it reports the new size
        for (int i = 0; i < 600 && single(ds, "SELECT @@GLOBAL." + name) != value; i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        System.out.printf("%s = %d MiB%n", name, single(ds, "SELECT @@GLOBAL." + name) >> 20);
    }

    static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (Exception e) {
            return "?";
        }
    }
}
