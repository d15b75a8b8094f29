package ma.marsad.partner.api;

/** The bodies of POST /api/commitments/{id}/reviews and of a JSON POST /api/commitments/{id}/evidence. */
final class CommitmentRequests {

    private CommitmentRequests() {
    }

    /** completion NOT_STARTED|LIMITED|SUBSTANTIAL|COMPLETED, confidence GREEN|AMBER_GREEN|AMBER|AMBER_RED|RED. */
    record Review(String completion, String confidence, String comment) {
    }

    /** date as 2026-11-20 (today when left out), kind REPORT|PRESS_RELEASE|SITE_VISIT|FIGURES. */
    record EvidenceLink(String date, String kind, String link, String summary) {
    }
}
