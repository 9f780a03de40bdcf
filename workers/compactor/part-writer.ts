/**
 * R2 multipart parts must all be the same size, at least 5 MiB, except the last
 * (r2/objects/multipart-objects). 8 MiB keeps memory at one buffer and few calls.
 */
export const UPLOAD_PART_BYTES = 8 * 1024 * 1024;

/** A finished part object. */
export interface WrittenPart {
  key: string;
  /** Stored (gzip) size. */
  bytes: number;
}

const HTTP_METADATA: R2HTTPMetadata = { contentType: "application/x-ndjson", contentEncoding: "gzip" };

/**
 * Streams bytes into one gzip object in R2. Compressed output fills a fixed buffer; each full
 * buffer goes up as one multipart part, so memory stays at one buffer however large the object.
 * An object that never fills a buffer is stored with one plain `put` (1 Class A operation instead
 * of 3). One gzip member per object: workerd cannot read concatenated members back.
 */
export class PartWriter {
  readonly #bucket: R2Bucket;
  readonly #key: string;
  readonly #buffer: Uint8Array;
  readonly #writer: WritableStreamDefaultWriter<Uint8Array>;
  readonly #drained: Promise<void>;
  #filled = 0;
  #stored = 0;
  #upload: R2MultipartUpload | undefined;
  #parts: R2UploadedPart[] = [];
  /** Class A R2 calls made (put, or create + parts + complete), for budget and cost. */
  calls = 0;

  constructor(bucket: R2Bucket, key: string, partBytes: number = UPLOAD_PART_BYTES) {
    this.#bucket = bucket;
    this.#key = key;
    this.#buffer = new Uint8Array(partBytes);
    const gzip = new CompressionStream("gzip");
    this.#writer = gzip.writable.getWriter();
    this.#drained = this.#drain(gzip.readable.getReader()).catch(async (error: unknown) => {
      // Unblock a writer waiting on backpressure, then let close() report the failure.
      await this.#writer.abort(error).catch(() => undefined);
      throw error;
    });
    // close() awaits #drained; until then a failure must not count as unhandled.
    this.#drained.catch(() => undefined);
  }

  /** Appends bytes (whole NDJSON lines) to the object. The writer keeps `bytes`: pass a fresh array. */
  async write(bytes: Uint8Array): Promise<void> {
    await this.#writer.ready;
    await this.#writer.write(bytes);
  }

  /** Finishes the gzip stream and the upload; returns the stored object's key and size. */
  async close(): Promise<WrittenPart> {
    try {
      await this.#writer.close();
    } catch {
      // the drain failed and aborted the writer: #drained says why
    }
    await this.#drained;
    const rest = this.#buffer.subarray(0, this.#filled);
    if (this.#upload === undefined) {
      this.calls++;
      await this.#bucket.put(this.#key, rest, { httpMetadata: HTTP_METADATA });
    } else {
      if (rest.byteLength > 0) await this.#uploadPart(rest);
      this.calls++;
      await this.#upload.complete(this.#parts);
    }
    return { key: this.#key, bytes: this.#stored + rest.byteLength };
  }

  /** Abandons the object: aborts the multipart upload, if one was started. */
  async abort(): Promise<void> {
    await this.#writer.abort(new Error("part abandoned")).catch(() => undefined);
    await this.#drained.catch(() => undefined);
    if (this.#upload !== undefined) {
      await this.#upload.abort().catch(() => undefined);
    }
  }

  async #drain(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      let offset = 0;
      while (offset < value.byteLength) {
        const take = Math.min(value.byteLength - offset, this.#buffer.byteLength - this.#filled);
        this.#buffer.set(value.subarray(offset, offset + take), this.#filled);
        this.#filled += take;
        offset += take;
        if (this.#filled === this.#buffer.byteLength) {
          await this.#uploadPart(this.#buffer);
          this.#stored += this.#filled;
          this.#filled = 0;
        }
      }
    }
  }

  async #uploadPart(bytes: Uint8Array): Promise<void> {
    if (this.#upload === undefined) {
      this.calls++;
      this.#upload = await this.#bucket.createMultipartUpload(this.#key, { httpMetadata: HTTP_METADATA });
    }
    this.calls++;
    this.#parts.push(await this.#upload.uploadPart(this.#parts.length + 1, bytes));
  }
}
