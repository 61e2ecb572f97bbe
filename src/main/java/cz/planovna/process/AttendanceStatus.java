package cz.planovna.process;

/** Whether a member came to a meeting. */
public enum AttendanceStatus {
    PRESENT,
    EXCUSED,
    ABSENT;

    public String messageKey() {
        return "process.attendance." + name();
    }
}
