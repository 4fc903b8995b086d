package se.diktera.core.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.diktera.core.identity.IdentityNumberException.Reason;

/**
 * Reads the written forms of Swedish personal identity numbers into their canonical twelve digits.
 * The ten-digit forms need a reference date to find the century: '-' means the holder is under
 * 100 years old on that date, '+' means 100 or older (Folkbokföringslagen, Skatteverket SKV 704).
 */
final class IdentityNumberParser {

    private static final Pattern LONG = Pattern.compile("(\\d{8})-?(\\d{4})");
    private static final Pattern SHORT = Pattern.compile("(\\d{6})([-+]?)(\\d{4})");
    private static final Pattern ALLOWED_CHARS = Pattern.compile("[0-9+-]+");
    private static final int SAMORDNING_DAY_OFFSET = 60;

    /** The canonical result: twelve digits, and whether the day carries the +60 offset. */
    record Parsed(String digits, LocalDate birthDate, boolean samordning) {
    }

    private IdentityNumberParser() {
    }

    static Parsed parse(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            throw new IdentityNumberException(Reason.EMPTY);
        }
        String s = text.strip().replace(" ", "");
        if (!ALLOWED_CHARS.matcher(s).matches()) {
            throw new IdentityNumberException(Reason.NOT_DIGITS);
        }
        String twelve;
        Matcher m = LONG.matcher(s);
        if (m.matches()) {
            twelve = m.group(1) + m.group(2);
        } else {
            m = SHORT.matcher(s);
            if (!m.matches()) {
                throw new IdentityNumberException(Reason.WRONG_FORMAT);
            }
            twelve = century(m.group(1), "+".equals(m.group(2)), today) + m.group(1) + m.group(3);
        }
        if (!Luhn.isValid(twelve.substring(2))) {
            throw new IdentityNumberException(Reason.BAD_CHECKSUM);
        }
        int year = Integer.parseInt(twelve.substring(0, 4));
        int month = Integer.parseInt(twelve.substring(4, 6));
        int day = Integer.parseInt(twelve.substring(6, 8));
        boolean samordning = day > SAMORDNING_DAY_OFFSET;
        LocalDate birth = date(year, month, samordning ? day - SAMORDNING_DAY_OFFSET : day);
        if (birth.isAfter(today)) {
            throw new IdentityNumberException(Reason.FUTURE_DATE);
        }
        return new Parsed(twelve, birth, samordning);
    }

    /** The century that puts YYMMDD in the past and, for '+', at least 100 years back. */
    private static String century(String yymmdd, boolean hundredOrOlder, LocalDate today) {
        int yy = Integer.parseInt(yymmdd.substring(0, 2));
        int year = today.getYear() - Math.floorMod(today.getYear() - yy, 100);
        // A birthday later this year than today would still be in the future: step back a century.
        // A samordningsnummer's day is the birthday plus 60: compare the birthday itself.
        int month = Integer.parseInt(yymmdd.substring(2, 4));
        int day = Integer.parseInt(yymmdd.substring(4, 6));
        int birthDay = day > SAMORDNING_DAY_OFFSET ? day - SAMORDNING_DAY_OFFSET : day;
        if (year == today.getYear() && month * 100 + birthDay > today.getMonthValue() * 100 + today.getDayOfMonth()) {
            year -= 100;
        }
        if (hundredOrOlder) {
            year -= 100;
        }
        return String.valueOf(year / 100);
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new IdentityNumberException(Reason.INVALID_DATE);
        }
    }
}
