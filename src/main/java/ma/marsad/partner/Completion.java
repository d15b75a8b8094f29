package ma.marsad.partner;

/** How far a commitment has been delivered, in the four levels open-government commitment trackers use. */
public enum Completion {
    NOT_STARTED, LIMITED, SUBSTANTIAL, COMPLETED
}
