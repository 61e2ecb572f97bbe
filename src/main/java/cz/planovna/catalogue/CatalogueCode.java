package cz.planovna.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An item of a register code list, kept so that stored codes always have a label. */
@Entity
@Table(name = "catalogue_code")
class CatalogueCode {

    @Id
    private String code;

    @Column(name = "code_list")
    private String codeList;

    private String name;

    @Column(name = "act_section")
    private String actSection;

    protected CatalogueCode() {}

    CatalogueCode(String code, String codeList, String name, String actSection) {
        this.code = code;
        this.codeList = codeList;
        this.name = name;
        this.actSection = actSection;
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    String actSection() {
        return actSection;
    }

    /** The register may reword a label; the code stays. */
    void relabel(String newName, String newSection) {
        this.name = newName;
        this.actSection = newSection;
    }

    CodeView view() {
        return new CodeView(code, name);
    }
}
