/** noop: reads the request body and answers 200 — the ceiling of the local HTTP path. */
export async function noop(request: Request): Promise<Response> {
  await request.arrayBuffer();
  return new Response("ok");
}
