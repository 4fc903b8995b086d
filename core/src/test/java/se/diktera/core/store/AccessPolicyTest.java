package se.diktera.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.diktera.core.people.HsaId;
import se.diktera.core.store.AccessPolicy.Permission;

class AccessPolicyTest {

    @TempDir
    Path dir;
    Map<String, UserAccount> users;

    @BeforeEach
    void users() throws Exception {
        StoreFixture f = new StoreFixture(dir);
        users = new java.util.HashMap<>();
        f.vault.users().forEach(u -> users.put(u.username(), u));
    }

    /** author: who wrote the note (kerstin, rolf) or "-" when no note is involved. */
    @ParameterizedTest(name = "{0} {1} a note by {2}: {3}")
    @CsvSource({
            "kerstin, RECORD,     -,       true",
            "kerstin, EDIT_DRAFT, kerstin, true",
            "kerstin, EDIT_DRAFT, rolf,    false",
            "kerstin, SUBMIT,     kerstin, true",
            "kerstin, APPROVE,    rolf,    false",
            "kerstin, APPROVE,    kerstin, false",
            "kerstin, VIEW_NOTE,  rolf,    false",
            "kerstin, CONFIGURE,  -,       false",
            "rolf,    APPROVE,    kerstin, true",
            "rolf,    SEND_BACK,  kerstin, true",
            "rolf,    APPROVE,    rolf,    false",
            "rolf,    SEND_BACK,  rolf,    false",
            "rolf,    VIEW_NOTE,  kerstin, true",
            "rolf,    RECORD,     -,       false",
            "admin,   CONFIGURE,  -,       true",
            "admin,   MANAGE_USERS, -,     true",
            "admin,   APPROVE,    kerstin, false",
    })
    void theTableOfWhoMayDoWhat(String user, Permission permission, String author, boolean allowed) {
        HsaId authorId = author.equals("-") ? null : users.get(author).hsaId();

        assertThat(AccessPolicy.allows(users.get(user), permission, authorId)).isEqualTo(allowed);
    }

    @Test
    void aReviewerApprovingTheirOwnNoteIsToldAboutTheFourEyesRule() {
        UserAccount rolf = users.get("rolf");

        assertThatThrownBy(() -> AccessPolicy.require(rolf, Permission.APPROVE, rolf.hsaId()))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("four-eyes");
        assertThatThrownBy(() -> AccessPolicy.require(users.get("kerstin"), Permission.APPROVE, rolf.hsaId()))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("clinician may not approve");
    }
}
