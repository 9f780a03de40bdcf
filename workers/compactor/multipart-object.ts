/**
 * R2 multipart parts must all be the same size, at least 5 MiB, except the last
 * (r2/objects/multipart-objects). The smallest allowed keeps memory lowest: one buffer here, and
 * whatever R2 holds of a part in flight (the local simulator holds several copies).
 */
export const UPLOAD_PART_BYTES = 5 * 1024 * 1024;

/** A finished part object. */
export interface WrittenPart {
  key: string;
  /** Stored size. */
  bytes: number;
}

/**
 * One R2 object written front to back in bounded memory: appended bytes fill a buffer, and each
 * full buffer goes up as one multipart part. An object expected to be small (an id index) may
 * start with a smaller buffer (`firstBufferBytes`) that doubles up to a part's size as bytes
 * come; parts start at a part's size (measured: growing a compacted part's buffer cost ~5 MB of
 * peak memory in garbage). An object that never fills a part is stored with one plain `put`
 * (1 Class A operation instead of 3).
 */
export class MultipartObject {
  readonly #bucket: R2Bucket;
  readonly #key: string;
  readonly #httpMetadata: R2HTTPMetadata;
  readonly #partBytes: number;
  #buffer: Uint8Array;
  #filled = 0;
  #stored = 0;
  #upload: R2MultipartUpload | undefined;
  #uploaded: R2UploadedPart[] = [];

  /** `head`: bytes the object starts with (fewer than a part), such as a gzip header. */
  constructor(
    bucket: R2Bucket,
    key: string,
    httpMetadata: R2HTTPMetadata,
    partBytes: number = UPLOAD_PART_BYTES,
    head: Uint8Array = new Uint8Array(0),
    firstBufferBytes: number = partBytes,
  ) {
    this.#bucket = bucket;
    this.#key = key;
    this.#httpMetadata = httpMetadata;
    this.#partBytes = partBytes;
    this.#buffer = new Uint8Array(Math.min(partBytes, Math.max(firstBufferBytes, head.byteLength)));
    this.#buffer.set(head);
    this.#filled = head.byteLength;
  }

  /** Appends bytes; the caller may reuse `bytes` once this resolves. */
  async append(bytes: Uint8Array): Promise<void> {
    let offset = 0;
    while (offset < bytes.byteLength) {
      if (this.#filled === this.#buffer.byteLength) this.#grow(this.#filled + bytes.byteLength - offset);
      const take = Math.min(bytes.byteLength - offset, this.#buffer.byteLength - this.#filled);
      this.#buffer.set(bytes.subarray(offset, offset + take), this.#filled);
      this.#filled += take;
      offset += take;
      if (this.#filled === this.#partBytes) {
        await this.#uploadPart(this.#buffer);
        this.#stored += this.#filled;
        this.#filled = 0;
      }
    }
  }

  /** Stores what is left and completes the object; returns its key and size. */
  async close(): Promise<WrittenPart> {
    const rest = this.#buffer.subarray(0, this.#filled);
    if (this.#upload === undefined) {
      await this.#bucket.put(this.#key, rest, { httpMetadata: this.#httpMetadata });
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

  /** Doubles the buffer (at least to `needed`), up to a part's size. */
  #grow(needed: number): void {
    const size = Math.min(this.#partBytes, Math.max(this.#buffer.byteLength * 2, needed));
    const grown = new Uint8Array(size);
    grown.set(this.#buffer.subarray(0, this.#filled));
    this.#buffer = grown;
  }

  async #uploadPart(bytes: Uint8Array): Promise<void> {
    if (this.#upload === undefined) {
      this.#upload = await this.#bucket.createMultipartUpload(this.#key, { httpMetadata: this.#httpMetadata });
    }
    this.#uploaded.push(await this.#upload.uploadPart(this.#uploaded.length + 1, bytes));
  }
}
