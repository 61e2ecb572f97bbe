package cz.planovna.catalogue;

/** Who owns a provider record: the register import or a person who entered it. */
enum RecordSource {
    REGISTER,
    MANUAL
}
