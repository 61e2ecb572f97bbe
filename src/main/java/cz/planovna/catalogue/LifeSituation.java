package cz.planovna.catalogue;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A life situation of one ORP: a question a person asks ("Máme dluhy"), the coordinator's answer
 * and the register codes of the service types and target groups that help in it.
 */
@Entity
@Table(name = "catalogue_life_situation")
class LifeSituation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "district_code")
    private int districtCode;

    @Column(name = "region_code")
    private int regionCode;

    private String title;

    private String answer;

    @Column(name = "sort_order")
    private int sortOrder;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "catalogue_life_situation_type", joinColumns = @JoinColumn(name = "situation_id"))
    @Column(name = "code")
    private Set<String> serviceTypes = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "catalogue_life_situation_group", joinColumns = @JoinColumn(name = "situation_id"))
    @Column(name = "code")
    private Set<String> targetGroups = new LinkedHashSet<>();

    protected LifeSituation() {}

    LifeSituation(int districtCode, int regionCode, LifeSituationContent content) {
        this.districtCode = districtCode;
        this.regionCode = regionCode;
        change(content);
    }

    void change(LifeSituationContent content) {
        this.title = content.title();
        this.answer = content.answer();
        this.sortOrder = content.sortOrder();
        this.serviceTypes.clear();
        this.serviceTypes.addAll(content.serviceTypes());
        this.targetGroups.clear();
        this.targetGroups.addAll(content.targetGroups());
    }

    Long id() {
        return id;
    }

    int districtCode() {
        return districtCode;
    }

    String title() {
        return title;
    }

    long version() {
        return version;
    }

    int sortOrder() {
        return sortOrder;
    }

    LifeSituationContent content() {
        return new LifeSituationContent(title, answer, sortOrder, List.copyOf(serviceTypes), List.copyOf(targetGroups));
    }
}
