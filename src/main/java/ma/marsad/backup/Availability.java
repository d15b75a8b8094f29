package ma.marsad.backup;

/** Whether Marsad can back up the database it runs on, and if not, why. */
public enum Availability {
    /** The built-in H2 database, in a file this process owns. */
    AVAILABLE,
    /** Another database (PostgreSQL): its backups belong to the database's administrators. */
    OTHER_DATABASE,
    /** An H2 database that is not a file of this process (in memory, or on a separate H2 server). */
    NOT_A_FILE
}
