package cz.planovna.process;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A file as a download: always an attachment (never shown inline, so no uploaded file runs in the
 * application's origin), with the type found in its content and no sniffing by the browser.
 */
final class DocumentDownloads {

    private DocumentDownloads() {}

    static ResponseEntity<byte[]> attachment(DocumentFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.content().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, FileNames.attachment(file.fileName()))
                .cacheControl(CacheControl.noStore())
                .body(file.content());
    }
}
