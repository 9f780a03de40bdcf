import { lines } from "../body";
import { isJsonObject } from "../record";
import { BodyFormatError, type Decoder, type Entry } from "./decoder";
import { errorDetail } from "./detail";

/**
 * Elasticsearch's bulk API (`POST /es/_bulk`, `/es/<index>/_bulk`): NDJSON of action lines, each
 * `index` or `create` followed by its source document. A source is normalised like an NDJSON line
 * (ECS fields nested or dotted), its target index kept as `attributes._index`; a document
 * without a message is stored with an empty one, as Elasticsearch would index it. `delete` and
 * `update` are answered per item (400); logsink stores, it does not rewrite. Positions are items,
 * from 1, in the order of the body (what the bulk answer's `items` list).
 */

/** What an item of the bulk body asked for: its operation and target index. */
export interface BulkItem {
  operation: "index" | "create" | "delete" | "update";
  index: string;
}

const OPERATIONS = new Set(["index", "create", "delete", "update"]);

/**
 * Reads a bulk body: the items (operation and index, for the answer) and their entries. Throws
 * BodyFormatError, as Elasticsearch answers 400 for the whole request, when an action line is
 * not an action or a source line is missing.
 */
export function readBulk(
  chunks: readonly Uint8Array[],
  charset: string,
  defaultIndex: string | undefined,
): { items: BulkItem[]; entries: Entry[] } {
  const items: BulkItem[] = [];
  const entries: Entry[] = [];
  let pending: { item: BulkItem; position: number; line: number } | undefined;
  let lastAction: (BulkItem & { text: string }) | undefined;
  for (const [lineNumber, text] of lines(chunks, charset)) {
    if (text.trim() === "") continue;
    if (pending !== undefined) {
      const { item, position } = pending;
      pending = undefined;
      if (item.operation === "update") {
        entries.push({ position, error: "update is not supported: logsink stores documents, it does not change them" });
        continue;
      }
      let source: unknown;
      try {
        source = JSON.parse(text);
      } catch (error) {
        entries.push({ position, error: `the document is not valid JSON: ${errorDetail(error)}` });
        continue;
      }
      if (!isJsonObject(source)) {
        entries.push({ position, error: "the document is not a JSON object" });
        continue;
      }
      if (!Object.hasOwn(source, "_index")) source._index = item.index;
      entries.push({ position, value: source, transport: { message: "" } });
      continue;
    }
    // Shippers repeat one action line (`{"create":{"_index":"logs"}}`) before every document: a
    // line equal to the last action is that action again, without a second parse.
    if (text !== lastAction?.text) lastAction = { text, ...readAction(text, lineNumber, defaultIndex) };
    const item: BulkItem = { operation: lastAction.operation, index: lastAction.index };
    items.push(item);
    if (item.operation === "delete") {
      entries.push({
        position: items.length,
        error: "delete is not supported: logsink's records are kept until retention removes them",
      });
    } else {
      pending = { item, position: items.length, line: lineNumber };
    }
  }
  if (pending !== undefined) {
    throw new BodyFormatError(`line ${pending.line}: the ${pending.item.operation} action has no document after it`);
  }
  return { items, entries };
}

/** An action line's operation and target index; throws BodyFormatError when it is not an action. */
function readAction(text: string, lineNumber: number, defaultIndex: string | undefined): BulkItem {
  let action: unknown;
  try {
    action = JSON.parse(text);
  } catch (error) {
    throw new BodyFormatError(`line ${lineNumber}: the action is not valid JSON: ${errorDetail(error)}`);
  }
  const keys = isJsonObject(action) ? Object.keys(action) : [];
  const [operation] = keys;
  const meta = operation === undefined || !isJsonObject(action) ? undefined : action[operation];
  if (keys.length !== 1 || operation === undefined || !OPERATIONS.has(operation) || !isJsonObject(meta)) {
    throw new BodyFormatError(
      `line ${lineNumber}: expected an action (index, create, delete or update) with its metadata, as {"index":{}}`,
    );
  }
  const index = typeof meta._index === "string" && meta._index !== "" ? meta._index : defaultIndex;
  if (index === undefined) {
    throw new BodyFormatError(`line ${lineNumber}: no index: name one in the URL (/es/<index>/_bulk) or in _index`);
  }
  return { operation: operation as BulkItem["operation"], index };
}

/** A bulk decoder for a request; after decoding, `items` holds what each item asked for. */
export interface BulkDecoder extends Decoder {
  items: BulkItem[];
}

/** The bulk decoder of a request whose URL names `defaultIndex` (`/es/<index>/_bulk`), if any. */
export function bulkDecoder(defaultIndex: string | undefined): BulkDecoder {
  const decoder: BulkDecoder = {
    name: "elasticsearch-bulk",
    // The URL's index is part of what the records say, so part of what an Idempotency-Key covers.
    parameters: defaultIndex ?? "",
    items: [],
    decode({ chunks, charset }) {
      const { items, entries } = readBulk(chunks, charset, defaultIndex);
      decoder.items = items;
      return entries;
    },
  };
  return decoder;
}
