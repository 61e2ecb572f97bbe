package cz.planovna.process;

/** What a coordinator says about a document; the files are its versions. */
record DocumentDetails(String title, DocumentCategory category, String description, DocumentVisibility visibility) {}
