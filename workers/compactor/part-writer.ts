import { DEFAULT_LEVEL, deflateSegment, GzipMember } from "../../src/gzip";
import { MultipartObject, type WrittenPart } from "./multipart-object";

export type { WrittenPart } from "./multipart-object";

/** What compaction writes a part through, whatever the part's format. */
export interface PartSink {
  /** Appends a batch of whole NDJSON lines (stored records); the batch may be reused once this resolves. */
  write(batch: Uint8Array): Promise<void>;
  /** Finishes the object; returns its key and stored size. */
  close(): Promise<WrittenPart>;
  /** Abandons the object. */
  abort(): Promise<void>;
}

const HTTP_METADATA: R2HTTPMetadata = { contentType: "application/x-ndjson", contentEncoding: "gzip" };

/**
 * Writes one gzip NDJSON part from batches of whole lines. Each batch is compressed at once, at
 * zlib's default level, into a segment of the object's one gzip member (see gzip.ts), and the
 * compressed bytes go up through one {@link MultipartObject}: memory stays at one upload buffer
 * however large the object, and the caller reuses its batch buffer.
 */
export class PartWriter implements PartSink {
  readonly #object: MultipartObject;
  readonly #member = new GzipMember();

  /** `firstBufferBytes`: see MultipartObject (for an object expected to be small). */
  constructor(bucket: R2Bucket, key: string, partBytes?: number, firstBufferBytes?: number) {
    this.#object = new MultipartObject(bucket, key, HTTP_METADATA, partBytes, GzipMember.header(), firstBufferBytes);
  }

  async write(batch: Uint8Array): Promise<void> {
    this.#member.add(batch);
    await this.#object.append(deflateSegment(batch, DEFAULT_LEVEL));
  }

  async close(): Promise<WrittenPart> {
    await this.#object.append(this.#member.trailer());
    return this.#object.close();
  }

  abort(): Promise<void> {
    return this.#object.abort();
  }
}

/**
 * Whole NDJSON lines gathered into one reused buffer, for a {@link PartSink} a batch at a time:
 * `fits` says whether a line still goes in, `take` hands over what was gathered (valid until the
 * next `add`). A line longer than the buffer grows it.
 */
export class LineBatch {
  #buffer: Uint8Array;
  #filled = 0;

  constructor(bytes: number) {
    this.#buffer = new Uint8Array(bytes);
  }

  /** Whether `line` and its newline fit without taking the batch first. */
  fits(line: Uint8Array): boolean {
    return this.#filled + line.byteLength + 1 <= this.#buffer.byteLength;
  }

  /** Appends `line` and a newline; take the batch first when it does not fit. */
  add(line: Uint8Array): void {
    if (this.#filled === 0 && line.byteLength + 1 > this.#buffer.byteLength) {
      this.#buffer = new Uint8Array(line.byteLength + 1);
    }
    this.#buffer.set(line, this.#filled);
    this.#buffer[this.#filled + line.byteLength] = 10;
    this.#filled += line.byteLength + 1;
  }

  /** The lines gathered so far (undefined when none), and the batch starts again. */
  take(): Uint8Array | undefined {
    if (this.#filled === 0) return undefined;
    const lines = this.#buffer.subarray(0, this.#filled);
    this.#filled = 0;
    return lines;
  }
}
