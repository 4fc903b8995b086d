package se.diktera.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import se.diktera.app.AccountAudit;
import se.diktera.app.Messages;
import se.diktera.core.people.HsaId;
import se.diktera.core.people.Role;
import se.diktera.core.store.StoreSession;
import se.diktera.core.store.UserAccount;
import se.diktera.core.store.Vault;

/** {@code diktera users}: set up the store's first administrator, add users, list them. */
@Command(name = "users", resourceBundle = Messages.BUNDLE,
        subcommands = {UsersCommand.Init.class, UsersCommand.Add.class, UsersCommand.ListUsers.class})
final class UsersCommand extends CommandGroup {

    @ParentCommand
    DikteraCommand parent;

    /** Who a new user is: the options {@code init} and {@code add} share. */
    static final class NewUser {
        @Option(names = "--username", required = true, descriptionKey = "cli.users.username")
        String username;
        @Option(names = "--name", required = true, descriptionKey = "cli.users.name")
        String name;
        @Option(names = "--hsa-id", required = true, descriptionKey = "cli.users.hsaId")
        String hsaId;
    }

    @Command(name = "init", resourceBundle = Messages.BUNDLE)
    static final class Init implements Callable<Integer> {
        @ParentCommand
        UsersCommand users;
        @Spec
        CommandSpec spec;
        @Mixin
        NewUser user;

        @Override
        public Integer call() throws Exception {
            DikteraCommand root = users.parent;
            Vault vault = root.context().vault();
            char[] passphrase = root.readPassphrase(root.messages().get("users.passphrase.new", user.username));
            new AccountAudit(root.context().clock()).firstAdministrator(vault, user.username, user.name, new HsaId(user.hsaId),
                    passphrase).close();
            spec.commandLine().getOut().println(root.messages().get("users.created", user.username, Role.ADMINISTRATOR));
            return 0;
        }
    }

    @Command(name = "add", resourceBundle = Messages.BUNDLE)
    static final class Add implements Callable<Integer> {
        @ParentCommand
        UsersCommand users;
        @Spec
        CommandSpec spec;
        @Option(names = "--as", required = true, paramLabel = "ADMIN", descriptionKey = "cli.users.as")
        String admin;
        @Mixin
        NewUser user;
        @Option(names = "--role", required = true, descriptionKey = "cli.users.role")
        Role role;

        @Override
        public Integer call() throws Exception {
            DikteraCommand root = users.parent;
            Vault vault = root.context().vault();
            try (StoreSession session = root.unlock(admin)) {
                char[] passphrase = root.readPassphrase(root.messages().get("users.passphrase.new", user.username));
                vault.addUser(session, user.username, user.name, role, new HsaId(user.hsaId), passphrase);
                new AccountAudit(root.context().clock()).created(session, user.username, role);
            }
            spec.commandLine().getOut().println(root.messages().get("users.created", user.username, role));
            return 0;
        }
    }

    @Command(name = "list", resourceBundle = Messages.BUNDLE)
    static final class ListUsers implements Callable<Integer> {
        @ParentCommand
        UsersCommand users;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            for (UserAccount u : users.parent.context().vault().users()) {
                out.printf("  %-16s %-14s %-22s %s%n", u.username(), u.role(), u.hsaId(), u.displayName());
            }
            return 0;
        }
    }
}
