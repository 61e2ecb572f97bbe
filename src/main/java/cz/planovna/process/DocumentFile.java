package cz.planovna.process;

/** A version's file for download: the safe name, the type found in its content, the bytes. */
public record DocumentFile(String fileName, String contentType, byte[] content) {}
