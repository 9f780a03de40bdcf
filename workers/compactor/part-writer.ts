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
