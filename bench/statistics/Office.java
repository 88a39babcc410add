
import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The generated office: networks, schools, accounts, content items, questions and answers, supervisions,
 * practices, comments and forms, written straight into the portal's tables. {@link ViewHistory} adds the views.
 */
class Office extends Bench {
    final DataSource pool;
    final Path work;
    final long views;
    final LocalDate cut;   // days from here on go through the ViewCounter

    long[] networkIds;
    long[] schoolIds;
    int[] schoolNetwork;
    long[] accountIds;
    Long[] accountSchool;
    double[] accountWeight;
    boolean[] accountStaff;
    List<Integer> supervisors = new ArrayList<>();
    List<Integer> teachers = new ArrayList<>();
    long[] itemIds;
    int[] itemType;
    LocalDateTime[] itemCreated;
    boolean[] itemPublic;
    boolean[] itemPublished;
    double[] itemPopularity;
    long[] areaIds;

    Office(DataSource pool, Path work, long views, int realDays) {
        this.pool = pool;
        this.work = work;
        this.views = views;
        this.cut = LAST.minusDays(realDays - 1L);
    }

    void organisation() throws SQLException {
        LocalDateTime made = LocalDateTime.of(2024, 6, 1, 3, 0);
        String[] networkNames = {"เครือข่ายเมือง", "เครือข่ายริมน้ำ", "เครือข่ายดอยสูง", "เครือข่ายเกาะและชายฝั่ง", "เครือข่ายทุ่งราบ",
                "เครือข่ายป่าไม้", "เครือข่ายชายแดน", "เครือข่ายหุบเขา"};
        networkIds = new long[networkNames.length];
        long base = next("school_network");
        try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO school_network (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < networkNames.length; i++) {
                networkIds[i] = base + i;
                s.setLong(1, networkIds[i]);
                s.setString(2, networkNames[i]);
                s.setObject(3, made);
                s.setObject(4, made);
                s.addBatch();
            }
            s.executeBatch();
        }
        String[] parts = {"บ้าน", "วัด", "ชุมชน", "อนุบาล", "ไทยรัฐวิทยา", "บ้านหนอง", "บ้านโคก", "บ้านนา", "บ้านห้วย", "บ้านดอน"};
        String[] places = {"สามัคคี", "ศรีสุข", "ประชาบำรุง", "เจริญราษฎร์", "หนองบัว", "โนนสูง", "ทุ่งใหญ่", "ป่าตึง", "แม่สาย", "ท่าช้าง",
                "บางกล่ำ", "เกาะแก้ว", "ดอยงาม", "หาดทราย", "น้ำใส", "ห้วยทราย", "คลองขุด", "นาดี", "โพธิ์ทอง", "ศรีวิไล"};
        schoolIds = new long[200];
        schoolNetwork = new int[200];
        base = next("school");
        Set<String> names = new HashSet<>();
        try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO school (id, code, name, network_id, district, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < schoolIds.length; i++) {
                String name;
                do {
                    name = "โรงเรียน" + parts[RANDOM.nextInt(parts.length)] + places[RANDOM.nextInt(places.length)]
                            + (RANDOM.nextInt(3) == 0 ? "" : " " + (1 + RANDOM.nextInt(30)));
                } while (!names.add(name));
                schoolIds[i] = base + i;
                schoolNetwork[i] = i % networkIds.length;
                s.setLong(1, schoolIds[i]);
                s.setString(2, "10" + (510000 + i));
                s.setString(3, name);
                s.setLong(4, networkIds[schoolNetwork[i]]);
                s.setString(5, "อำเภอ" + places[i % places.length]);
                s.setBoolean(6, i % 67 != 66);  // three schools closed (merged): not active
                s.setObject(7, made);
                s.setObject(8, made);
                s.addBatch();
            }
            s.executeBatch();
        }
        // ~6,000 accounts: teachers by school size, a director (and often a deputy) per school, office people
        double[] size = new double[schoolIds.length];
        double sum = 0;
        for (int i = 0; i < size.length; i++) {
            size[i] = Math.exp(RANDOM.nextGaussian() * 0.7);
            sum += size[i];
        }
        List<Object[]> people = new ArrayList<>();   // position, school index (-1: office)
        for (int i = 0; i < schoolIds.length; i++) {
            people.add(new Object[]{"SCHOOL_DIRECTOR", i});
            if (RANDOM.nextInt(4) != 0) {
                people.add(new Object[]{"DEPUTY_SCHOOL_DIRECTOR", i});
            }
            int n = (int) Math.round(5_100 * size[i] / sum);
            for (int t = 0; t < n; t++) {
                people.add(new Object[]{RANDOM.nextInt(20) == 0 ? null : RANDOM.nextInt(30) == 0 ? "STAFF" : "TEACHER", i});
            }
        }
        people.add(new Object[]{"AREA_DIRECTOR", -1});
        for (int i = 0; i < 3; i++) {
            people.add(new Object[]{"DEPUTY_AREA_DIRECTOR", -1});
        }
        for (int i = 0; i < 40; i++) {
            people.add(new Object[]{"SUPERVISOR", -1});
        }
        while (people.size() < 6_000) {
            people.add(new Object[]{RANDOM.nextInt(5) == 0 ? null : "STAFF", -1});
        }
        int n = people.size();
        accountIds = new long[n];
        accountSchool = new Long[n];
        accountWeight = new double[n];
        accountStaff = new boolean[n];
        base = next("account");
        try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO account (id, username, display_name, email, position, school_id, password_hash, enabled, created_at, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, 'bench-no-password', ?, ?, ?)")) {
            for (int i = 0; i < n; i++) {
                String position = (String) people.get(i)[0];
                int school = (Integer) people.get(i)[1];
                accountIds[i] = base + i;
                accountSchool[i] = school < 0 ? null : schoolIds[school];
                accountStaff[i] = school < 0;
                boolean never = RANDOM.nextInt(100) < 12;
                accountWeight[i] = never ? 0 : Math.exp(RANDOM.nextGaussian() * 1.2) * (school < 0 ? 3 : 1);
                if ("SUPERVISOR".equals(position)) {
                    supervisors.add(i);
                    accountWeight[i] = Math.exp(RANDOM.nextGaussian() * 0.5) * 6;
                } else if ("TEACHER".equals(position) || position == null && school >= 0) {
                    teachers.add(i);
                }
                s.setLong(1, accountIds[i]);
                s.setString(2, "user" + i);
                s.setString(3, "ผู้ใช้ " + WORDS[RANDOM.nextInt(WORDS.length)] + " " + i);
                s.setString(4, "user" + i + "@example.go.th");
                s.setString(5, position);
                s.setObject(6, accountSchool[i]);
                s.setBoolean(7, RANDOM.nextInt(100) >= 5);
                s.setObject(8, made);
                s.setObject(9, made);
                s.addBatch();
                if (i % 1000 == 999) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
        areaIds = new long[10];
        try (Connection c = pool.getConnection(); ResultSet r = c.createStatement().executeQuery("SELECT id FROM learning_area ORDER BY sort_order")) {
            for (int i = 0; r.next(); i++) {
                areaIds[i] = r.getLong(1);
            }
        }
        System.out.printf("%d networks, %d schools, %,d accounts (%d supervisors, %,d teachers)%n", networkIds.length, schoolIds.length, n,
                supervisors.size(), teachers.size());
    }

    /** 20,000 items of the six types, created from a year before the clock to its end, with Thai bodies of about 0.5–5 KB. */
    void content() throws SQLException {
        int n = Arrays.stream(TYPE_COUNTS).sum();
        itemIds = new long[n];
        itemType = new int[n];
        itemCreated = new LocalDateTime[n];
        itemPublic = new boolean[n];
        itemPublished = new boolean[n];
        itemPopularity = new double[n];
        LocalDateTime start = FIRST.minusDays(365).atStartOfDay();
        long span = ChronoUnit.MINUTES.between(start, LAST.atTime(23, 0));
        int k = 0;
        for (int t = 0; t < TYPES.length; t++) {
            for (int i = 0; i < TYPE_COUNTS[t]; i++, k++) {
                itemType[k] = t;
                // more is written as the portal is used: a quarter before the clock starts, the rest over the 3 years
                double u = RANDOM.nextDouble();
                double x = u < 0.25 ? u / 0.25 * 0.25 : 0.25 + Math.pow((u - 0.25) / 0.75, 0.85) * 0.75;
                itemCreated[k] = start.plusMinutes((long) (x * span));
            }
        }
        // in the order they were created, as ids are
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> itemCreated[a].compareTo(itemCreated[b]));
        int[] type = itemType.clone();
        LocalDateTime[] created = itemCreated.clone();
        for (int i = 0; i < n; i++) {
            itemType[i] = type[order[i]];
            itemCreated[i] = created[order[i]];
        }
        double[] typePopularity = {1.5, 1.2, 0.8, 1.0, 0.6, 0.25};
        long base = next("content_item");
        List<long[]> areaLinks = new ArrayList<>();
        double[] areaWeight = {3, 3, 2.5, 1.5, 1, 1, 1, 1.5, 1, 0.5};
        try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO content_item (id, type, title, body_html, body_text, author_id, visibility, status, publish_at, view_count, "
                        + "comment_count, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?)")) {
            for (int i = 0; i < n; i++) {
                int t = itemType[i];
                itemIds[i] = base + i;
                String visibility = switch (TYPES[t]) {
                    case "SUPERVISION" -> "STAFF";
                    case "QUESTION" -> RANDOM.nextBoolean() ? "PUBLIC" : "MEMBERS";
                    case "ARTICLE" -> RANDOM.nextInt(10) < 7 ? "PUBLIC" : RANDOM.nextInt(5) == 0 ? "STAFF" : "MEMBERS";
                    default -> RANDOM.nextInt(10) == 0 ? "MEMBERS" : "PUBLIC";
                };
                itemPublic[i] = visibility.equals("PUBLIC");
                itemPublished[i] = RANDOM.nextInt(100) >= 4 || TYPES[t].equals("SUPERVISION");
                itemPopularity[i] = typePopularity[t] * Math.exp(RANDOM.nextGaussian() * 1.3);
                int author = switch (TYPES[t]) {
                    case "QUESTION", "PRACTICE" -> teachers.get(RANDOM.nextInt(teachers.size()));
                    case "ARTICLE" -> RANDOM.nextInt(10) < 7 ? supervisors.get(RANDOM.nextInt(supervisors.size()))
                            : teachers.get(RANDOM.nextInt(teachers.size()));
                    case "SUPERVISION" -> supervisors.get(RANDOM.nextInt(supervisors.size()));
                    default -> RANDOM.nextBoolean() ? supervisors.get(RANDOM.nextInt(supervisors.size())) : RANDOM.nextInt(accountIds.length);
                };
                String body = TYPES[t].equals("QUESTION") ? text(15, 100) : text(30, 300);
                Timestamp at = Timestamp.valueOf(itemCreated[i]);
                s.setLong(1, itemIds[i]);
                s.setString(2, TYPES[t]);
                s.setString(3, text(4, 12));
                s.setString(4, "<p>" + body + "</p>");
                s.setString(5, body);
                s.setLong(6, accountIds[author]);
                s.setString(7, visibility);
                s.setString(8, itemPublished[i] ? "PUBLISHED" : "DRAFT");
                s.setObject(9, itemPublished[i] ? at : null);
                s.setTimestamp(10, at);
                s.setTimestamp(11, at);
                s.addBatch();
                if (i % 500 == 499) {
                    s.executeBatch();
                }
                if (!TYPES[t].equals("SUPERVISION") && RANDOM.nextInt(100) < 85) {
                    int a = pick(areaWeight);
                    areaLinks.add(new long[]{itemIds[i], areaIds[a]});
                    if (RANDOM.nextInt(100) < 15) {
                        int b = pick(areaWeight);
                        if (b != a) {
                            areaLinks.add(new long[]{itemIds[i], areaIds[b]});
                        }
                    }
                }
            }
            s.executeBatch();
        }
        batch("INSERT INTO content_learning_area (content_id, learning_area_id) VALUES (?, ?)", areaLinks);
        System.out.printf("%,d content items (%s), %,d learning-area links%n", n, typeSummary(), areaLinks.size());
    }

    String typeSummary() {
        StringBuilder b = new StringBuilder();
        for (int t = 0; t < TYPES.length; t++) {
            b.append(t == 0 ? "" : ", ").append(TYPE_COUNTS[t]).append(' ').append(TYPES[t]);
        }
        return b.toString();
    }

    /** Questions (first answers), answers, supervisions, practices, comments, surveys with invitees and responses. */
    void activity() throws SQLException {
        List<Object[]> questions = new ArrayList<>();
        List<Object[]> answers = new ArrayList<>();
        List<Object[]> supervisions = new ArrayList<>();
        List<Object[]> practices = new ArrayList<>();
        List<Object[]> comments = new ArrayList<>();
        for (int i = 0; i < itemIds.length; i++) {
            String type = TYPES[itemType[i]];
            if (type.equals("QUESTION")) {
                boolean answered = itemPublished[i] && RANDOM.nextInt(100) < 85;
                LocalDateTime first = null;
                int count = 0;
                if (answered) {
                    // hours to the first answer: lognormal around a day, some within the hour, a tail of weeks
                    double hours = Math.exp(Math.log(20) + RANDOM.nextGaussian() * 1.3);
                    first = itemCreated[i].plusMinutes((long) (hours * 60));
                    count = 1 + (RANDOM.nextInt(3) == 0 ? 1 + RANDOM.nextInt(3) : 0);
                    for (int a = 0; a < count; a++) {
                        LocalDateTime at = a == 0 ? first : first.plusHours(1 + RANDOM.nextInt(24 * 14));
                        int author = RANDOM.nextInt(10) < 6 ? supervisors.get(RANDOM.nextInt(supervisors.size()))
                                : teachers.get(RANDOM.nextInt(teachers.size()));
                        answers.add(new Object[]{itemIds[i], accountIds[author], text(10, 80), Timestamp.valueOf(at)});
                    }
                }
                questions.add(new Object[]{itemIds[i], count, first == null ? null : Timestamp.valueOf(first)});
            } else if (type.equals("SUPERVISION")) {
                boolean closed = RANDOM.nextInt(3) != 0;
                supervisions.add(new Object[]{itemIds[i], RANDOM.nextInt(20) == 0 ? null : schoolIds[RANDOM.nextInt(schoolIds.length)],
                        closed ? "CLOSED" : "AWAITING_SCHOOL", Timestamp.valueOf(itemCreated[i].plusDays(RANDOM.nextInt(60))),
                        closed ? Timestamp.valueOf(itemCreated[i].plusDays(60 + RANDOM.nextInt(60))) : null});
            } else if (type.equals("PRACTICE")) {
                practices.add(new Object[]{itemIds[i], itemPublished[i] ? "PUBLISHED" : "SUBMITTED", text(10, 40), "<p>" + text(30, 200) + "</p>",
                        "<p>" + text(30, 200) + "</p>", Timestamp.valueOf(itemCreated[i].minusDays(RANDOM.nextInt(14)))});
            }
            if (itemPublished[i] && !type.equals("SUPERVISION")) {
                int n = (int) Math.min(60, Math.floor(Math.exp(RANDOM.nextGaussian() * 1.1) * itemPopularity[i]));
                for (int k = 0; k < n; k++) {
                    LocalDateTime at = itemCreated[i].plusMinutes((long) (Math.exp(RANDOM.nextGaussian() * 1.5 + 7)));
                    if (at.isAfter(LAST.atTime(16, 0))) {
                        continue;
                    }
                    int author = pickAccount();
                    int roll = RANDOM.nextInt(100);
                    comments.add(new Object[]{itemIds[i], accountIds[author], "<p>" + text(5, 40) + "</p>",
                            roll < 95 ? "VISIBLE" : roll < 98 ? "HIDDEN" : "DELETED", Timestamp.valueOf(at), Timestamp.valueOf(at)});
                }
            }
        }
        batch("INSERT INTO question (content_id, answer_count, first_answered_at) VALUES (?, ?, ?)", questions);
        batch("INSERT INTO answer (question_id, author_id, body_html, body_text, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                answers.stream().map(a -> new Object[]{a[0], a[1], "<p>" + a[2] + "</p>", a[2], a[3], a[3]}).toList());
        batch("INSERT INTO supervision (content_id, school_id, state, last_activity_at, closed_at) VALUES (?, ?, ?, ?, ?)", supervisions);
        batch("INSERT INTO practice (content_id, state, summary, problem_html, results_html, submitted_at) VALUES (?, ?, ?, ?, ?, ?)", practices);
        batch("INSERT INTO comment (content_id, author_id, body_html, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)", comments);
        execute(pool, "UPDATE content_item i SET comment_count = (SELECT COUNT(*) FROM comment c WHERE c.content_id = i.id AND c.status = 'VISIBLE')");

        // forms: ~300 over the three years, each sent to 20–300 people, answered by 20–95 % of them
        long base = next("survey");
        List<Object[]> surveys = new ArrayList<>();
        List<Object[]> invitees = new ArrayList<>();
        List<Object[]> responses = new ArrayList<>();
        for (int f = 0; f < 300; f++) {
            LocalDateTime opened = FIRST.atTime(2, 0).plusMinutes((long) (RANDOM.nextDouble() * ChronoUnit.MINUTES.between(FIRST.atStartOfDay(),
                    LAST.atStartOfDay())));
            boolean anonymous = RANDOM.nextBoolean();
            surveys.add(new Object[]{base + f, "แบบประเมินความพึงพอใจ " + text(3, 8), anonymous,
                    accountIds[supervisors.get(RANDOM.nextInt(supervisors.size()))], opened.isBefore(LAST.minusDays(30).atStartOfDay()) ? "CLOSED" : "OPEN",
                    Timestamp.valueOf(opened), Timestamp.valueOf(opened.minusDays(2)), Timestamp.valueOf(opened)});
            int invited = 20 + RANDOM.nextInt(281);
            double rate = 0.2 + RANDOM.nextDouble() * 0.75;
            Set<Integer> chosen = new HashSet<>();
            while (chosen.size() < invited) {
                chosen.add(RANDOM.nextInt(accountIds.length));
            }
            for (int a : chosen) {
                invitees.add(new Object[]{base + f, accountIds[a]});
                if (RANDOM.nextDouble() < rate) {
                    responses.add(new Object[]{base + f, anonymous ? null : accountIds[a],
                            java.sql.Date.valueOf(opened.toLocalDate().plusDays(RANDOM.nextInt(14)))});
                }
            }
        }
        batch("INSERT INTO survey (id, title, anonymous, owner_id, state, opened_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", surveys);
        batch("INSERT INTO survey_invitee (survey_id, account_id) VALUES (?, ?)", invitees);
        batch("INSERT INTO survey_response (survey_id, respondent_id, submitted_on) VALUES (?, ?, ?)", responses);
        System.out.printf("%,d questions (%,d answered), %,d answers, %,d supervisions, %,d practices, %,d comments, "
                        + "%d forms with %,d invitees and %,d responses%n", questions.size(), questions.stream().filter(q -> q[2] != null).count(),
                answers.size(), supervisions.size(), practices.size(), comments.size(), surveys.size(), invitees.size(), responses.size());
    }

    int pickAccount() {
        while (true) {
            int a = RANDOM.nextInt(accountIds.length);
            if (RANDOM.nextDouble() * 8 < accountWeight[a]) {
                return a;
            }
        }
    }

    boolean exists(String table) throws SQLException {
        return single(pool, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = '" + table + "'") > 0;
    }

    void step(String name, String sql, Object... args) throws SQLException {
        long s = System.nanoTime();
        int rows;
        try (Connection c = pool.getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i]);
            }
            rows = p.executeUpdate();
        }
        System.out.printf("  %-24s %,12d rows in %6.1f s; load %s%n", name, rows, (System.nanoTime() - s) / 1e9, load());
    }

    long next(String table) throws SQLException {
        return single(pool, "SELECT COALESCE(MAX(id), 0) + 1 FROM " + table);
    }

    void batch(String sql, List<?> rows) throws SQLException {
        try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            int k = 0;
            for (Object row : rows) {
                Object[] values = row instanceof long[] l ? Arrays.stream(l).boxed().toArray() : (Object[]) row;
                for (int i = 0; i < values.length; i++) {
                    s.setObject(i + 1, values[i]);
                }
                s.addBatch();
                if (++k % 2000 == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
    }
}
