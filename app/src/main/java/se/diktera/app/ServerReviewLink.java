package se.diktera.app;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;

import se.diktera.app.settings.ClientSettings;
import se.diktera.core.json.DocumentFormatException;
import se.diktera.core.store.StoreSession;

/**
 * The signed-in user's way to the review server, built once when first asked for (on a background
 * thread: it opens an HTTP client and loads the validator); empty when review stays on the device.
 */
public final class ServerReviewLink implements Supplier<Optional<ServerReview>> {

    private final AppContext context;
    private final StoreSession session;
    private final ClientSettings settings;
    private Optional<ServerReview> built;

    public ServerReviewLink(AppContext context, StoreSession session, ClientSettings settings) {
        this.context = context;
        this.session = session;
        this.settings = settings;
    }

    /** Whether this device reviews through the server (known without building anything). */
    public boolean configured() {
        return settings.reviewsOnServer();
    }

    /** One round with the review server ({@link ServerReview#sync()}) when the device uses one; empty otherwise. */
    public Optional<ServerReview.Synced> sync() throws IOException, DocumentFormatException {
        Optional<ServerReview> server = get();
        return server.isPresent() ? Optional.of(server.get().sync()) : Optional.empty();
    }

    @Override
    public synchronized Optional<ServerReview> get() {
        if (built == null) {
            built = ServerReview.of(context, session, settings);
        }
        return built;
    }
}
