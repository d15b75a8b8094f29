package ma.marsad.indicator;

import ma.marsad.base.TypedText;

/**
 * An indicator an administrator adds.
 *
 * @param code       upper-case letters, digits and _, unique; it names the indicator in imports and reports
 * @param sourceFile the document the target comes from
 * @param sourceQuote the sentence of that document that announces it
 */
public record NewIndicator(String code, IndicatorKind kind, String sourceFile, String sourceQuote,
                           IndicatorChanges values) {

    public NewIndicator {
        code = code == null ? "" : code.strip();
        sourceFile = sourceFile == null ? "" : TypedText.clean(sourceFile).strip();
        sourceQuote = sourceQuote == null ? "" : TypedText.clean(sourceQuote).strip();
    }
}
