package org.talentbridge.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One row of the policy annex: an occupation and the title series (one or two) it maps to (rule T0). */
@Entity
@Immutable
@Table(name = "occupation")
class Occupation {

    @Id
    private String code;
    private int rowNumber;
    private String name;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> series;

    protected Occupation() {
    }

    String getCode() { return code; }
    int getRowNumber() { return rowNumber; }
    String getName() { return name; }
    List<String> getSeries() { return series; }
}
