package ma.marsad.progress;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import ma.marsad.base.Quarter;

/** Stores a quarter as its canonical text, 2025-Q3, which sorts in time order. */
@Converter
class QuarterConverter implements AttributeConverter<Quarter, String> {

    @Override
    public String convertToDatabaseColumn(Quarter quarter) {
        return quarter == null ? null : quarter.toString();
    }

    @Override
    public Quarter convertToEntityAttribute(String text) {
        return text == null ? null : Quarter.of(text);
    }
}
