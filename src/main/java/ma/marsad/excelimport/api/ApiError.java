package ma.marsad.excelimport.api;

/** The body of every refusal: {"error": "what is wrong, in words"}. */
record ApiError(String error) {
}
