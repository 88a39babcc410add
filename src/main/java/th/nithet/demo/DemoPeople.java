package th.nithet.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import th.nithet.organisation.OrganisationService;
import th.nithet.organisation.School;
import th.nithet.organisation.SchoolNetwork;
import th.nithet.people.AccountAdministration;
import th.nithet.people.Account;
import th.nithet.people.Position;
import th.nithet.platform.security.PasswordHasher;
import th.nithet.platform.security.Role;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo office's organisation and people: four school networks (one on islands, one in the hills) of five schools
 * each, six supervisors responsible for learning areas and networks, a director and four teachers in each school, and
 * the office's administrators. Made by the office's administrator through the organisation and account services.
 */
@ApplicationScoped
class DemoPeople {

    /** The accounts the sign-in page offers in demo mode, one per role. */
    static final String TEACHER = "kru.malee";
    static final String SUPERVISOR = "sn.somchai";
    static final String DIRECTOR = "dir.anan";
    static final String ADMINISTRATOR = "admin.office";
    static final String AREA_DIRECTOR = "director.area";

    /** The account AdminBootstrap made: it makes the office's first administrators. */
    private static final String FIRST_ADMIN = "admin";

    private static final String[][] NETWORKS = {
            {"กลุ่มเครือข่ายพัฒนาคุณภาพการศึกษาเมืองใหม่", "เมืองใหม่"},
            {"กลุ่มเครือข่ายพัฒนาคุณภาพการศึกษาเกาะแก้ว", "เกาะแก้ว"},
            {"กลุ่มเครือข่ายพัฒนาคุณภาพการศึกษาดอยงาม", "ดอยงาม"},
            {"กลุ่มเครือข่ายพัฒนาคุณภาพการศึกษาลำน้ำใส", "ลำน้ำใส"}};

    private static final String[] VILLAGES = {"หนองบัว", "ดอนแก้ว", "ห้วยทราย", "โนนสูง", "นาคำ", "เกาะยาว", "อ่าวทอง", "เกาะหมาก",
            "แหลมหิน", "ท่าเรือ", "ผาแดง", "ห้วยน้ำริน", "ปางมะผ้า", "แม่สาย", "ดอยหลวง", "วังน้ำเย็น", "โคกสว่าง", "หนองแวง", "ท่าช้าง",
            "สันติสุข"};

    /** The six supervisors: their first name (fixed, for the sign-in hint), areas and networks (by index). */
    private record SupervisorPlan(String username, String displayName, List<String> areas, List<Integer> networks) {
    }

    private static final List<SupervisorPlan> SUPERVISORS = List.of(
            new SupervisorPlan(SUPERVISOR, "นายสมชาย ศรีสุข", List.of("thai", "social"), List.of(0)),
            new SupervisorPlan("sn.kanchana", "นางกาญจนา แก้วมณี", List.of("mathematics"), List.of(1)),
            new SupervisorPlan("sn.prasert", "นายประเสริฐ บุญประเสริฐ", List.of("science", "occupations"), List.of(2)),
            new SupervisorPlan("sn.wanpen", "นางวันเพ็ญ ทองคำ", List.of("foreign-languages", "arts"), List.of(3)),
            new SupervisorPlan("sn.kitti", "นายกิตติ พรหมมา", List.of("health-pe", "special-education"), List.of(0, 2)),
            new SupervisorPlan("sn.siriporn", "นางสาวศิริพร สายบุญ", List.of("early-childhood"), List.of(1, 3)));

    /** A teacher's or director's place: their user name, school and learning area (none for directors). */
    record Member(String username, long accountId, School school, String area) {
    }

    /** What the office is made of, for the rest of the story. */
    record Office(List<SchoolNetwork> networks, List<School> schools, List<String> supervisors, List<Member> directors,
                  List<Member> teachers, List<String> administrators, Map<String, List<String>> supervisorsByArea) {
        List<String> everyone() {
            List<String> all = new ArrayList<>(supervisors);
            directors.forEach(d -> all.add(d.username()));
            teachers.forEach(t -> all.add(t.username()));
            all.addAll(administrators);
            return all;
        }
    }

    @Inject
    OrganisationService organisation;

    @Inject
    AccountAdministration accounts;

    @Inject
    PasswordHasher hasher;

    Office make(DemoStory story) {
        // one hash for every demo person: 100 slow hashes one by one would add 20 s to the demo's start
        String hash = hasher.hash(DemoOffice.PASSWORD);
        return DemoOffice.as(FIRST_ADMIN, story.from, () -> {
            List<SchoolNetwork> networks = new ArrayList<>();
            List<School> schools = new ArrayList<>();
            int village = 0;
            for (String[] n : NETWORKS) {
                SchoolNetwork network = organisation.createNetwork(n[0]);
                networks.add(network);
                for (int i = 0; i < 5; i++, village++) {
                    schools.add(organisation.createSchool(String.format("10%08d", 34_010_000 + village * 7 + 3),
                            "โรงเรียนบ้าน" + VILLAGES[village], network.getId(), "อำเภอ" + n[1],
                            LocalDate.of(1950 + story.random.nextInt(60), 1 + story.random.nextInt(12), 1 + story.random.nextInt(28))));
                }
            }
            List<String> administrators = List.of(
                    person(ADMINISTRATOR, "นางสาวปิยะนุช วงศ์ไทย", hash, Position.STAFF, null, Role.ADMIN,
                            Set.of(), Set.of()).getUsername(),
                    person(AREA_DIRECTOR, "นายวีระ มั่นคง", hash, Position.AREA_DIRECTOR, null, Role.ADMIN,
                            Set.of(), Set.of()).getUsername());
            List<String> supervisors = new ArrayList<>();
            Map<String, List<String>> byArea = new LinkedHashMap<>();
            for (SupervisorPlan s : SUPERVISORS) {
                s.areas().forEach(code -> byArea.computeIfAbsent(code, c -> new ArrayList<>()).add(s.username()));
                Set<Long> theirNetworks = new HashSet<>();
                s.networks().forEach(i -> theirNetworks.add(networks.get(i).getId()));
                supervisors.add(person(s.username(), s.displayName(), hash, Position.SUPERVISOR, null,
                        Role.SUPERVISOR, Set.copyOf(s.areas()), theirNetworks).getUsername());
            }
            List<Member> directors = new ArrayList<>();
            List<Member> teachers = new ArrayList<>();
            List<String> teachingAreas = List.of("thai", "mathematics", "science", "foreign-languages", "social", "health-pe", "arts",
                    "occupations", "early-childhood", "special-education");
            Set<String> taken = new HashSet<>();
            int number = 1;
            for (School school : schools) {
                String director = directors.isEmpty() ? DIRECTOR : null;
                DemoNames.Person d = DemoNames.draw(story.random, "dir", number++, true);
                String directorName = director != null ? director : d.username();
                long directorId = person(directorName, director != null ? "นายอนันต์ ชัยมงคล" : d.displayName(), hash,
                        Position.SCHOOL_DIRECTOR, school.getId(), Role.MEMBER, Set.of(), Set.of()).getId();
                directors.add(new Member(directorName, directorId, school, null));
                for (int t = 0; t < 4; t++) {
                    String area = teachers.isEmpty() ? "thai" : teachingAreas.get(story.random.nextInt(teachingAreas.size()));
                    DemoNames.Person p = DemoNames.draw(story.random, "kru", number++, true);
                    String username = teachers.isEmpty() ? TEACHER : p.username();
                    String displayName = teachers.isEmpty() ? "นางมาลี ใจดี" : p.displayName();
                    if (!taken.add(username)) {
                        continue;
                    }
                    long id = person(username, displayName, hash, Position.TEACHER, school.getId(),
                            Role.MEMBER, Set.of(area), Set.of()).getId();
                    teachers.add(new Member(username, id, school, area));
                }
            }
            return new Office(networks, schools, supervisors, directors, teachers, administrators, byArea);
        });
    }

    /** One person, as an administrator would make them, with the password all demo people share. */
    private Account person(String username, String displayName, String hash, Position position, Long schoolId, Role role,
                           Set<String> learningAreaCodes, Set<Long> supervisedNetworkIds) {
        return accounts.createWithPassword(new AccountAdministration.Draft(username, displayName, null, position, schoolId,
                EnumSet.of(role), learningAreaCodes, supervisedNetworkIds), hash);
    }
}
