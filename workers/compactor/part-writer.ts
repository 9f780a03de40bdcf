import { DEFAULT_LEVEL, deflateSegment, GzipMember } from "../../src/gzip";

/**
 * R2 multipart parts must all be the same size, at least 5 MiB, except the last
 * (r2/objects/multipart-objects). The smallest allowed keeps memory lowest: one buffer here, and
 * whatever R2 holds of a part in flight (the local simulator holds several copies).
 */
const UPLOAD_PART_BYTES = 5 * 1024 * 1024;

/** A finished part object. */
export interface WrittenPart {
  key: string;
  /** Stored (gzip) size. */
  bytes: number;
}

const HTTP_METADATA: R2HTTPMetadata = { contentType: "application/x-ndjson", contentEncoding: "gzip" };

/**
 * Writes one gzip object to R2 from batches of whole NDJSON lines. Each batch is compressed at
 * once, at zlib's default level, into a segment of the object's one gzip member (see gzip.ts);
 * compressed bytes fill a fixed buffer, and each full buffer goes up as one multipart part. So
 * memory stays at one buffer however large the object, and the caller reuses its batch buffer.
 * An object that never fills a buffer is stored with one plain `put` (1 Class A operation
 * instead of 3).
 */
export class PartWriter {
  readonly #bucket: R2Bucket;
  readonly #key: string;
  readonly #buffer: Uint8Array;
  readonly #member = new GzipMember();
  #filled = 0;
  #stored = 0;
  #upload: R2MultipartUpload | undefined;
  #uploaded: R2UploadedPart[] = [];

  constructor(bucket: R2Bucket, key: string, partBytes: number = UPLOAD_PART_BYTES) {
    this.#bucket = bucket;
    this.#key = key;
    this.#buffer = new Uint8Array(partBytes);
    const header = GzipMember.header();
    this.#buffer.set(header);
    this.#filled = header.byteLength;
  }

  /** Appends a batch of whole NDJSON lines; the batch may be reused once this resolves. */
  async write(batch: Uint8Array): Promise<void> {
    this.#member.add(batch);
    await this.#append(deflateSegment(batch, DEFAULT_LEVEL));
  }

  /** Finishes the gzip member and the upload; returns the stored object's key and size. */
  async close(): Promise<WrittenPart> {
    await this.#append(this.#member.trailer());
    const rest = this.#buffer.subarray(0, this.#filled);
    if (this.#upload === undefined) {
      await this.#bucket.put(this.#key, rest, { httpMetadata: HTTP_METADATA });
    } else {
      if (rest.byteLength > 0) await this.#uploadPart(rest);
      await this.#upload.complete(this.#uploaded);
    }
    return { key: this.#key, bytes: this.#stored + rest.byteLength };
  }

  /** Abandons the object: aborts the multipart upload, if one was started. */
  async abort(): Promise<void> {
    await this.#upload?.abort().catch(() => undefined);
  }

  async #append(bytes: Uint8Array): Promise<void> {
    let offset = 0;
    while (offset < bytes.byteLength) {
      const take = Math.min(bytes.byteLength - offset, this.#buffer.byteLength - this.#filled);
      this.#buffer.set(bytes.subarray(offset, offset + take), this.#filled);
      this.#filled += take;
      offset += take;
      if (this.#filled === this.#buffer.byteLength) {
        await this.#uploadPart(this.#buffer);
        this.#stored += this.#filled;
        this.#filled = 0;
      }
    }
  }

  async #uploadPart(bytes: Uint8Array): Promise<void> {
    if (this.#upload === undefined) {
      this.#upload = await this.#bucket.createMultipartUpload(this.#key, { httpMetadata: HTTP_METADATA });
    }
    this.#uploaded.push(await this.#upload.uploadPart(this.#uploaded.length + 1, bytes));
  }
}
