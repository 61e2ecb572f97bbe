package cz.planovna.catalogue;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams the services of {@code rpss.json} one at a time: only the current item is ever in memory.
 * The file must be strict UTF-8 and one complete JSON object with a {@code polozky} array; anything
 * else is reported as a {@link RegisterFileRefused} with the place where reading stopped.
 *
 * <pre>
 * try (RegisterItems items = RegisterItems.open(file)) {
 *     for (JsonNode item = items.next(); item != null; item = items.next()) { … }
 * }
 * </pre>
 */
final class RegisterItems implements AutoCloseable {

    static final String ITEMS = "polozky";
    private static final JsonMapper JSON = JsonMapper.shared();
    private static final char BOM = '\uFEFF';
    private static final List<String> LITERALS = List.of("true", "false", "null");

    private final JsonParser parser;
    private final CountingReader input;
    private final MessageDigest digest;
    private boolean sawItems;
    private boolean finished;
    private int position;
    private String skippedIdentifier;

    private RegisterItems(CountingReader input, MessageDigest digest) {
        this.input = input;
        this.parser = JSON.createParser(input);
        this.digest = digest;
    }

    static RegisterItems open(Path file) throws RegisterFileRefused {
        InputStream bytes;
        try {
            bytes = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new RegisterFileRefused(RefusalReason.FILE_MISSING, file.toString());
        } catch (IOException e) {
            throw new RegisterFileRefused(RefusalReason.FILE_MISSING, file + ": " + e.getMessage());
        }
        MessageDigest digest = sha256();
        // a decoder that reports instead of replacing: a wrongly encoded file must not slip through
        CharsetDecoder strictUtf8 = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        Reader reader = new BufferedReader(
                new InputStreamReader(
                        new DigestInputStream(new BufferedInputStream(bytes, 1 << 16), digest), strictUtf8),
                1 << 16);
        RegisterItems items = null;
        try {
            skipByteOrderMark(reader);
            items = new RegisterItems(new CountingReader(reader), digest);
            items.enterItems();
            return items;
        } catch (IOException e) {
            closeQuietly(reader);
            throw new RegisterFileRefused(
                    e instanceof CharacterCodingException ? RefusalReason.NOT_UTF8 : RefusalReason.FILE_MISSING,
                    e.getMessage());
        } catch (RegisterFileRefused | RuntimeException e) {
            if (items != null) {
                items.close();
            } else {
                closeQuietly(reader);
            }
            throw e;
        }
    }

    /** The next service (any JSON value: the caller checks it is an object), or null at the end. */
    JsonNode next() throws RegisterFileRefused {
        if (finished) {
            return null;
        }
        try {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw truncated();
            }
            if (token == JsonToken.END_ARRAY) {
                finishDocument();
                return null;
            }
            JsonNode item = parser.readValueAsTree();
            position++;
            return item;
        } catch (JacksonException e) {
            throw refusal(e);
        }
    }

    /**
     * Like {@link #next()}, but without building the item: steps over it token by token and keeps only
     * its {@code identifikator} ({@link #skippedIdentifier()}). The first reading of an import needs no
     * more, and a tree of every item would cost as much as the mapping itself.
     *
     * @return false at the end of the items
     */
    boolean skip() throws RegisterFileRefused {
        if (finished) {
            return false;
        }
        try {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw truncated();
            }
            if (token == JsonToken.END_ARRAY) {
                finishDocument();
                return false;
            }
            position++;
            skippedIdentifier = null;
            if (token != JsonToken.START_OBJECT) {
                parser.skipChildren();
                return true;
            }
            for (JsonToken field = parser.nextToken(); field != JsonToken.END_OBJECT; field = parser.nextToken()) {
                if (field == null) {
                    throw truncated();
                }
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == null) {
                    throw truncated();
                }
                if (RegisterRecordMapper.IDENTIFIER.equals(name) && value.isScalarValue()) {
                    // the same reading as the mapper's (a tree node), so both agree on every identifier
                    skippedIdentifier = Json.text(parser.readValueAsTree());
                } else {
                    if (RegisterRecordMapper.IDENTIFIER.equals(name)) {
                        skippedIdentifier = null;
                    }
                    parser.skipChildren();
                }
            }
            return true;
        } catch (JacksonException e) {
            throw refusal(e);
        }
    }

    /** The identifier of the item last stepped over by {@link #skip()}, as the mapper reads it. */
    String skippedIdentifier() {
        return skippedIdentifier;
    }

    /** 1-based position of the item last returned by {@link #next()}. */
    int position() {
        return position;
    }

    /** SHA-256 of the bytes read; complete once {@link #next()} has returned null. */
    String sha256Hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    @Override
    public void close() {
        parser.close();
    }

    private void enterItems() throws RegisterFileRefused {
        try {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new RegisterFileRefused(RefusalReason.NO_ITEMS_ARRAY, null);
            }
            if (first != JsonToken.START_OBJECT) {
                throw new RegisterFileRefused(RefusalReason.NO_ITEMS_ARRAY, null, parser.currentLocation());
            }
            if (!advanceToItems()) {
                finishAfterRoot();
                throw new RegisterFileRefused(RefusalReason.NO_ITEMS_ARRAY, null, parser.currentLocation());
            }
        } catch (JacksonException e) {
            throw refusal(e);
        }
    }

    /**
     * Moves to the start of the items array; false when the root object ends without (another) one.
     */
    private boolean advanceToItems() throws RegisterFileRefused {
        while (true) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw truncated();
            }
            if (token == JsonToken.END_OBJECT) {
                return false;
            }
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value == null) {
                throw truncated();
            }
            if (ITEMS.equals(name)) {
                if (sawItems) {
                    // a second list would be ignored: refuse rather than import half a register
                    throw new RegisterFileRefused(
                            RefusalReason.MALFORMED_JSON, "\"" + ITEMS + "\" ×2", parser.currentLocation());
                }
                if (value != JsonToken.START_ARRAY) {
                    throw new RegisterFileRefused(RefusalReason.NO_ITEMS_ARRAY, null, parser.currentLocation());
                }
                sawItems = true;
                return true;
            }
            parser.skipChildren();
        }
    }

    /** After the items: the rest of the root object, then nothing but the end of the file. */
    private void finishDocument() throws RegisterFileRefused {
        advanceToItems();
        finishAfterRoot();
        finished = true;
    }

    private void finishAfterRoot() throws RegisterFileRefused {
        if (parser.nextToken() != null) {
            throw new RegisterFileRefused(RefusalReason.CONTENT_AFTER_END, null, parser.currentLocation());
        }
    }

    private RegisterFileRefused truncated() {
        return new RegisterFileRefused(RefusalReason.TRUNCATED, null, parser.currentLocation());
    }

    private RegisterFileRefused refusal(JacksonException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CharacterCodingException) {
                return new RegisterFileRefused(RefusalReason.NOT_UTF8, null, parser.currentLocation());
            }
        }
        if (e instanceof UnexpectedEndOfInputException || failedAtEnd(e.getLocation())) {
            return truncated();
        }
        return new RegisterFileRefused(RefusalReason.MALFORMED_JSON, e.getOriginalMessage(), e.getLocation());
    }

    /**
     * Jackson reports some ends of input as plain syntax errors: at the very end of the input, or at
     * the start of a literal the file cuts short ("nul").
     */
    private boolean failedAtEnd(TokenStreamLocation location) {
        if (!input.endReached() || location == null || location.getCharOffset() < 0) {
            return false;
        }
        long left = input.delivered() - location.getCharOffset();
        if (left <= 0) {
            return true;
        }
        if (left >= CountingReader.TAIL) {
            return false;
        }
        String rest = input.tail((int) left);
        return LITERALS.stream().anyMatch(literal -> literal.length() > rest.length() && literal.startsWith(rest));
    }

    private static void skipByteOrderMark(Reader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != BOM) {
            reader.reset();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts the characters handed to the parser and notices the end of the input. */
    private static final class CountingReader extends FilterReader {
        static final int TAIL = 8;
        private final char[] tail = new char[TAIL];
        private long delivered;
        private boolean endReached;

        CountingReader(Reader in) {
            super(in);
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n < 0) {
                endReached = true;
            }
            for (int i = 0; i < n; i++) {
                remember(buffer[offset + i]);
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c < 0) {
                endReached = true;
            } else {
                remember((char) c);
            }
            return c;
        }

        private void remember(char c) {
            tail[(int) (delivered % TAIL)] = c;
            delivered++;
        }

        /** The last {@code n} (< {@link #TAIL}) characters delivered. */
        String tail(int n) {
            StringBuilder text = new StringBuilder(n);
            for (long i = delivered - n; i < delivered; i++) {
                text.append(tail[(int) (i % TAIL)]);
            }
            return text.toString();
        }

        long delivered() {
            return delivered;
        }

        boolean endReached() {
            return endReached;
        }
    }

    private static void closeQuietly(Reader reader) {
        try {
            reader.close();
        } catch (IOException ignored) {
            // nothing was read that could be lost
        }
    }
}
