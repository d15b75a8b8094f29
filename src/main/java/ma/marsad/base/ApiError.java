package ma.marsad.base;

/** The body of every refusal the API sends: {"error": "what is wrong, in words"}. */
public record ApiError(String error) {
}
