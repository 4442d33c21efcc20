package org.nienbieu.extract.time;

import java.time.DateTimeException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the shape of one number token: {@code 17/10}, {@code 6-8}, {@code 29/3/2022},
 * {@code 17.10.2025}, {@code 2025-10-17}, {@code 24-26/10}, {@code 24/10-2/11}, {@code 3/2022}.
 * Tokens longer than {@link #MAX_LENGTH} are refused before any pattern runs, and the patterns
 * are anchored runs of bounded digit groups, so they cannot backtrack badly.
 */
final class NumericDate {

    static final int MAX_LENGTH = 24;

    enum Shape { DAY_MONTH, DAY_MONTH_YEAR, DAY_DAY_MONTH, DAY_MONTH_DAY_MONTH, MONTH_YEAR, YEAR_YEAR, NUMBER }

    /** A parsed token: its shape and up to five numbers, and whether hyphens separate it. */
    record Parsed(Shape shape, int[] n, boolean hyphen, boolean zeroPadded) {
    }

    private static final Pattern DM = Pattern.compile("(\\d{1,2})([/\\-])(\\d{1,2})");
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})([/\\-.])(\\d{1,2})\\2(\\d{4})");
    private static final Pattern YMD = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern DDM = Pattern.compile("(\\d{1,2})[\\-–](\\d{1,2})(/)(\\d{1,2})(?:\\3(\\d{4}))?");
    private static final Pattern DMDM = Pattern.compile("(\\d{1,2})/(\\d{1,2})[\\-–](\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?");
    private static final Pattern MY = Pattern.compile("(\\d{1,2})[/\\-.](\\d{4})");
    private static final Pattern YY = Pattern.compile("(\\d{4})[\\-–](\\d{4})");
    private static final Pattern INT = Pattern.compile("\\d{1,4}");

    private NumericDate() {
    }

    /** The shape of {@code token}, or null when it is no date-like number at all. */
    static Parsed parse(String token) {
        if (token.length() > MAX_LENGTH) {
            return null;
        }
        Matcher m;
        if ((m = INT.matcher(token)).matches()) {
            return new Parsed(Shape.NUMBER, new int[] {Integer.parseInt(token)}, false, token.startsWith("0"));
        }
        if ((m = DM.matcher(token)).matches()) {
            return valid(new Parsed(Shape.DAY_MONTH, ints(m, 1, 3), m.group(2).equals("-"),
                    m.group(1).length() == 2 && m.group(3).length() == 2 && (m.group(1).startsWith("0") || m.group(3).startsWith("0"))));
        }
        if ((m = DMY.matcher(token)).matches()) {
            return valid(new Parsed(Shape.DAY_MONTH_YEAR, ints(m, 1, 3, 4), !m.group(2).equals("/"), false));
        }
        if ((m = YMD.matcher(token)).matches()) {
            return valid(new Parsed(Shape.DAY_MONTH_YEAR, ints(m, 3, 2, 1), true, false));
        }
        if ((m = DDM.matcher(token)).matches()) {
            int[] n = m.group(5) == null ? ints(m, 1, 2, 4) : ints(m, 1, 2, 4, 5);
            return n[0] < n[1] ? valid(new Parsed(Shape.DAY_DAY_MONTH, n, false, false)) : null;
        }
        if ((m = DMDM.matcher(token)).matches()) {
            int[] n = m.group(5) == null ? ints(m, 1, 2, 3, 4) : ints(m, 1, 2, 3, 4, 5);
            return valid(new Parsed(Shape.DAY_MONTH_DAY_MONTH, n, false, false));
        }
        if ((m = MY.matcher(token)).matches()) {
            int month = Integer.parseInt(m.group(1));
            return month >= 1 && month <= 12 ? new Parsed(Shape.MONTH_YEAR, ints(m, 1, 2), false, false) : null;
        }
        if ((m = YY.matcher(token)).matches()) {
            int[] n = ints(m, 1, 2);
            return n[0] < n[1] ? new Parsed(Shape.YEAR_YEAR, n, false, false) : null;
        }
        return null;
    }

    /** A day and month that exist in some year (29/2 included). */
    static boolean validDayMonth(int day, int month) {
        try {
            java.time.MonthDay.of(month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static Parsed valid(Parsed p) {
        int[] n = p.n();
        boolean ok = switch (p.shape()) {
            case DAY_MONTH, DAY_MONTH_YEAR -> validDayMonth(n[0], n[1]);
            case DAY_DAY_MONTH -> validDayMonth(n[0], n[2]) && validDayMonth(n[1], n[2]);
            case DAY_MONTH_DAY_MONTH -> validDayMonth(n[0], n[1]) && validDayMonth(n[2], n[3]);
            default -> true;
        };
        if (ok && p.shape() == Shape.DAY_MONTH_YEAR) {
            ok = n[2] >= 1800 && n[2] <= 2200;
        }
        return ok ? p : null;
    }

    private static int[] ints(Matcher m, int... groups) {
        int[] out = new int[groups.length];
        for (int k = 0; k < groups.length; k++) {
            out[k] = Integer.parseInt(m.group(groups[k]));
        }
        return out;
    }
}
