package se.diktera.core.identity;

/** The Luhn (mod 10) check used on the last ten digits of Swedish identity numbers. */
final class Luhn {

    private Luhn() {
    }

    /** @param digits ASCII digits, the last of which is the check digit */
    static boolean isValid(CharSequence digits) {
        int sum = 0;
        boolean doubleIt = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }
}
