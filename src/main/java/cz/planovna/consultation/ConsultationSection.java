package cz.planovna.consultation;

import cz.planovna.strategy.NodeKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One item of a consultation's outline: a node of the plan's tree as it was put out for comment. */
@Entity
@Table(name = "consultation_section")
class ConsultationSection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int position;

    @Column(name = "node_id")
    private long nodeId;

    @Enumerated(EnumType.STRING)
    private NodeKind kind;

    private String number;

    private String title;

    private String description;

    protected ConsultationSection() {}

    ConsultationSection(int position, long nodeId, NodeKind kind, String number, String title, String description) {
        this.position = position;
        this.nodeId = nodeId;
        this.kind = kind;
        this.number = number;
        this.title = title.length() > 300 ? title.substring(0, 300) : title;
        this.description =
                description == null || description.length() <= 4000 ? description : description.substring(0, 4000);
    }

    int position() {
        return position;
    }

    long nodeId() {
        return nodeId;
    }

    NodeKind kind() {
        return kind;
    }

    String number() {
        return number;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    CommentTarget target() {
        return CommentTarget.node(nodeId, kind, number, title);
    }
}
