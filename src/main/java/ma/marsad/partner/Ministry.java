package ma.marsad.partner;

/** The ministries that signed the seeded agreements; their names are in the bundles (ministry.X). */
public enum Ministry {
    /** Digital Transition and Administration Reform. */
    MTNRA,
    /** Industry and Trade. */
    MIC,
    /** Higher Education, Scientific Research and Innovation. */
    MESRSI,
    /** Investment, Convergence and Evaluation of Public Policies. */
    MICEPP
}
