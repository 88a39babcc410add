package th.nithet.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few parts of a reading page that differ from one signed-in reader to the next: the name in the header, the bell's count,
 * the forms' token, whether they like the item. The rest of the page is the same for everyone with the same roles, so it is rendered
 * through Faces once and kept ({@link SignedInPageFilter}), and each of them gets the kept copy with their own parts
 * put in, without Faces.
 * <p>
 * While such a render is under way, and once the page said it is the same for all of them ({@link #share}), each part
 * renders as a marker ({@link #of}): letters and digits only (so Faces' escaping leaves it as it is), with a random value
 * of this render in it, so that nothing a person wrote can pass for one. The kept copy is cut at the markers
 * ({@link #cut}). In any other render a part is simply its value, so a page has one home for its markup either way.
 */
public final class PersonalParts {

    /** The frame's own parts, filled in by {@link SignedInPageFilter} from the session: the reader's name and form token. */
    static final String NAME = "name";
    static final String TOKEN = "token";
    /** Request attribute set by the filter: the random value of a render that may be kept, if the page agrees. */
    static final String MARKING = "nithet.personalParts.marking";
    /** Request attribute set by the page: the {@link PageCache.Personal} that fills in the parts of the kept copy. */
    static final String SHARED = "nithet.personalParts.shared";
    private static final Pattern PART_NAME = Pattern.compile("[a-z]{1,20}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private PersonalParts() {
    }

    /** A part of the page: its value, or its marker while a copy for all such readers is rendered. */
    public static String of(String name, Supplier<String> value) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String marking = faces == null ? null : marking((HttpServletRequest) faces.getExternalContext().getRequest());
        return marking == null ? value.get() : marker(marking, name);
    }

    /** Whether this render may become the copy kept for everyone with these roles (then the page may {@link #share} it). */
    public static boolean mayShare(HttpServletRequest request) {
        return request.getAttribute(MARKING) != null;
    }

    /** The page says it is the same for everyone with these roles but for its parts, which {@code personal} fills in. */
    public static void share(HttpServletRequest request, PageCache.Personal personal) {
        if (mayShare(request)) {
            request.setAttribute(SHARED, personal);
        }
    }

    /** Whether the page being rendered is to be kept for all such readers (its forms are then stateless). */
    public static boolean shared(HttpServletRequest request) {
        return request.getAttribute(SHARED) != null;
    }

    static String newMarking() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String marking(HttpServletRequest request) {
        return shared(request) ? (String) request.getAttribute(MARKING) : null;
    }

    static String marker(String marking, String name) {
        if (!PART_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a part's name is small letters: " + name);
        }
        return "ntpart" + marking + name + "0";
    }

    /** A page cut at its parts' markers: {@code pieces} has one more element than {@code names}. */
    record Template(List<byte[]> pieces, List<String> names) {

        int size() {
            return pieces.stream().mapToInt(p -> p.length).sum();
        }

        /** The page with each part's value, HTML-escaped (a marker stands in text and in attribute values alike). */
        byte[] fill(Map<String, String> values) {
            ByteArrayOutputStream page = new ByteArrayOutputStream(size() + 256);
            for (int i = 0; i < names.size(); i++) {
                page.writeBytes(pieces.get(i));
                String value = values.get(names.get(i));
                if (value == null) {
                    throw new IllegalStateException("no value for the part " + names.get(i));
                }
                page.writeBytes(escape(value).getBytes(StandardCharsets.UTF_8));
            }
            page.writeBytes(pieces.get(names.size()));
            return page.toByteArray();
        }
    }

    /** The rendered page cut at the markers of {@code marking}. */
    static Template cut(byte[] body, String marking) {
        // markers are ASCII, and a UTF-8 page read as ISO-8859-1 keeps every byte where it was
        String text = new String(body, StandardCharsets.ISO_8859_1);
        Matcher m = Pattern.compile("ntpart" + marking + "([a-z]{1,20})0").matcher(text);
        List<byte[]> pieces = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int from = 0;
        while (m.find()) {
            pieces.add(text.substring(from, m.start()).getBytes(StandardCharsets.ISO_8859_1));
            names.add(m.group(1));
            from = m.end();
        }
        pieces.add(text.substring(from).getBytes(StandardCharsets.ISO_8859_1));
        return new Template(List.copyOf(pieces), List.copyOf(names));
    }

    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
