package th.nithet.projects;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.math.BigDecimal;

/** Every {@link Baht} attribute is kept as a plain {@code DECIMAL(14,2)}: the schema stays as Flyway made it. */
@Converter(autoApply = true)
public class BahtConverter implements AttributeConverter<Baht, BigDecimal> {

    @Override
    public BigDecimal convertToDatabaseColumn(Baht amount) {
        return amount == null ? null : amount.amount();
    }

    @Override
    public Baht convertToEntityAttribute(BigDecimal column) {
        return Baht.stored(column);
    }
}
