/**
 * Every page of an R2 listing, following its cursor until the last (a listing returns at most
 * 1000 keys a page: never assume one page is all).
 */
export async function* listPages(bucket: Pick<R2Bucket, "list">, options: R2ListOptions): AsyncGenerator<R2Objects> {
  let cursor = options.cursor;
  do {
    const page = await bucket.list({ ...options, cursor });
    yield page;
    cursor = page.truncated ? page.cursor : undefined;
  } while (cursor !== undefined);
}
