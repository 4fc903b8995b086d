package se.diktera.fhir.server;

import java.util.HashSet;
import java.util.Set;

import org.hl7.fhir.r4.model.Bundle;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import se.diktera.core.engine.ExportException;

/**
 * Follows a search's pages ({@code Bundle.link} next) the way every search of Diktera's does: to
 * the last page, at most {@value #MOST_PAGES} of them, and never round a server's loop (a next
 * link already followed ends it).
 */
final class BundlePages {

    static final int MOST_PAGES = 1000;

    /** What is done with each page; false when no more pages are wanted. */
    @FunctionalInterface
    interface Page {
        boolean read(Bundle page) throws ExportException;
    }

    private BundlePages() {
    }

    static void follow(IGenericClient client, Bundle first, Page reader) throws ExportException {
        Set<String> followed = new HashSet<>();
        Bundle bundle = first;
        for (int page = 1; ; page++) {
            if (!reader.read(bundle)) {
                return;
            }
            Bundle.BundleLinkComponent next = bundle.getLink(Bundle.LINK_NEXT);
            if (next == null || page >= MOST_PAGES || !followed.add(next.getUrl())) {
                return;
            }
            bundle = client.loadPage().next(bundle).execute();
        }
    }
}
