package se.diktera.core.store;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import se.diktera.core.people.HsaId;
import se.diktera.core.people.Role;

/**
 * Who may do what, in one table, with the four-eyes rule: a note's author never approves it or
 * sends it back, and only its author edits or submits it.
 */
public final class AccessPolicy {

    public enum Permission { RECORD, EDIT_DRAFT, SUBMIT, VIEW_NOTE, APPROVE, SEND_BACK, EXPORT, CONFIGURE, MANAGE_USERS }

    private static final Map<Role, Set<Permission>> GRANTED = Map.of(
            Role.CLINICIAN, EnumSet.of(Permission.RECORD, Permission.EDIT_DRAFT, Permission.SUBMIT, Permission.VIEW_NOTE),
            Role.REVIEWER, EnumSet.of(Permission.VIEW_NOTE, Permission.APPROVE, Permission.SEND_BACK, Permission.EXPORT),
            Role.ADMINISTRATOR, EnumSet.of(Permission.CONFIGURE, Permission.MANAGE_USERS, Permission.EXPORT));
    private static final Set<Permission> AUTHOR_ONLY = EnumSet.of(Permission.EDIT_DRAFT, Permission.SUBMIT);
    private static final Set<Permission> NEVER_THE_AUTHOR = EnumSet.of(Permission.APPROVE, Permission.SEND_BACK);

    private AccessPolicy() {
    }

    public static boolean allows(UserAccount user, Permission permission, HsaId noteAuthor) {
        if (!GRANTED.get(user.role()).contains(permission)) {
            return false;
        }
        boolean isAuthor = noteAuthor != null && noteAuthor.equals(user.hsaId());
        if (AUTHOR_ONLY.contains(permission) && noteAuthor != null && !isAuthor) {
            return false;
        }
        if (permission == Permission.VIEW_NOTE && user.role() == Role.CLINICIAN && noteAuthor != null && !isAuthor) {
            return false;
        }
        return !(NEVER_THE_AUTHOR.contains(permission) && isAuthor);
    }

    /** @throws AccessDeniedException saying what was refused and why */
    public static void require(UserAccount user, Permission permission, HsaId noteAuthor) {
        if (!allows(user, permission, noteAuthor)) {
            boolean fourEyes = NEVER_THE_AUTHOR.contains(permission) && noteAuthor != null && noteAuthor.equals(user.hsaId())
                    && GRANTED.get(user.role()).contains(permission);
            throw new AccessDeniedException(fourEyes
                    ? "The author of a note cannot " + verb(permission) + " it: another reviewer must (four-eyes rule)"
                    : "A " + user.role().name().toLowerCase(Locale.ROOT) + " may not " + verb(permission)
                            + (noteAuthor != null ? " this note" : ""));
        }
    }

    private static String verb(Permission p) {
        return p.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
